// Modules the build makes from the package's other files (build.mjs, packagedModules), so the
// background reads nothing at run time.
declare module 'packaged:guide-css' {
  /** The coach mark's stylesheet (src/overlay/guide.css), minified. */
  const css: string;
  export default css;
}
declare module 'packaged:tab-icons' {
  /** The toolbar icons a tab can show, as PNG in base64, by name (`icon-progress-32`). */
  const icons: Readonly<Record<string, string>>;
  export default icons;
}
