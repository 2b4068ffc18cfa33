// The typed-login check on the linking form: what is typed in the CM/ECF login field is checked
// for characters that cannot be linked, locally, and kept nowhere. Only a plain text field,
// only real keystrokes; a field the page turns into a password field is let go for good.
import { unlinkableCharacters } from '../core/flow/unlinkable';

/** A field whose value may be read for the check: a text field, never a password or passcode field. */
function isPlainTextField(field: HTMLInputElement): boolean {
  const type = (field.getAttribute('type') ?? 'text').toLowerCase();
  const autocomplete = (field.getAttribute('autocomplete') ?? '').toLowerCase();
  return field.type === 'text' && (type === 'text' || type === '') && !/password|one-time-code/.test(autocomplete);
}

export class TypedLoginCheck {
  private field: HTMLInputElement | null = null;
  /** Characters typed that cannot be linked, as found at the last keystroke. */
  characters: string[] = [];

  /** @param onChange called when the characters found change */
  constructor(private readonly onChange: () => void) {}

  /** Watches `candidate` (the view's target when it asks for the check), or nothing. */
  watch(candidate: Element | null): void {
    const field = candidate instanceof HTMLInputElement && isPlainTextField(candidate) ? candidate : null;
    if (field === this.field) return;
    this.stop();
    if (!field) return;
    this.field = field;
    field.addEventListener('input', this.onTyped);
  }

  private stop(): void {
    this.field?.removeEventListener('input', this.onTyped);
    this.field = null;
    if (this.characters.length) this.characters = [];
  }

  private readonly onTyped = (event: Event): void => {
    const field = this.field;
    // A page script can fake the event, or turn the field into a password field after we
    // started listening: then it is not ours to read, now or later.
    if (!event.isTrusted || !field || event.target !== field) return;
    if (!isPlainTextField(field)) {
      this.stop();
      this.onChange();
      return;
    }
    const characters = unlinkableCharacters(field.value);
    if (characters.join('') === this.characters.join('')) return;
    this.characters = characters;
    this.onChange();
  };
}
