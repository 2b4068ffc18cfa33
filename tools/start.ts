// npm start: build, then tell the user how to load the extension.
export async function main(): Promise<number> {
  console.log(`
The extension is built in dist/chrome/.

Load it in Chrome or Edge:
  1. Open chrome://extensions (edge://extensions in Edge).
  2. Turn on "Developer mode".
  3. Click "Load unpacked" and choose the dist/chrome folder.
Then open your court's CM/ECF site, e.g. https://ecf.almb.uscourts.gov/
`);
  return 0;
}
