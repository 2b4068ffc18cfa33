// The characters a CM/ECF login cannot contain if it is to be linked (one court's published
// rule). Checked in the page as the user types, on the linking form: nothing typed leaves it.

export function unlinkableCharacters(login: string): string[] {
  return [...new Set(login.match(/[&@$*]/g) ?? [])];
}
