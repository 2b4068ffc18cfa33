// The practice court's stylesheet and page script. The script does what real CM/ECF pages
// do on load that matters to the guide: SetFocus() moves focus to the first field, and the
// menu script builds hover drop-downs (YUI's `div.yuimenu`) after the page has loaded.

export const PRACTICE_CSS = `
body { font-family: Times New Roman, Times, serif; margin: 0; }
#topmenu { background: #012967; padding: 2px 8px; }
#topmenu > .bd > ul.first-of-type { list-style: none; margin: 0; padding: 0; display: flex; gap: 4px; align-items: center; }
#topmenu .yuimenubaritem { position: relative; }
#topmenu a.yuimenubaritemlabel { color: #fff; display: inline-block; padding: 6px 14px; text-decoration: none; font: bold 14px Arial, sans-serif; }
#topmenu a.yuimenubaritemlabel:hover, #topmenu a.yuimenubaritemlabel:focus { background: #48a; }
#topmenu .cmecfLogo { display: none; }
.yuimenu { position: absolute; top: 100%; left: 0; background: #fff; border: 1px solid #012967; z-index: 10; min-width: 320px; }
.yuimenu ul { list-style: none; margin: 0; padding: 4px 0; }
.yuimenu a.yuimenuitemlabel { display: block; padding: 4px 12px; color: #012967; font: 14px Arial, sans-serif; }
.yuimenu a.yuimenuitemlabel:hover, .yuimenu a.yuimenuitemlabel:focus { background: #dde; }
#cmecfMainContent { padding: 12px 24px; }
#pscHeaderContainer { background: #1b365d; color: #fff; padding: 12px 24px; font: bold 20px Arial, sans-serif; }
#loginPanel { max-width: 460px; margin: 24px auto; font-family: Arial, sans-serif; }
.ui-field { margin: 10px 0; display: flex; flex-direction: column; gap: 4px; }
.ui-inputfield { padding: 6px; font-size: 15px; }
.ui-button { padding: 6px 18px; font-size: 15px; }
.ui-message-error { background: #fdd; border: 1px solid #c00; padding: 8px; margin: 8px 0; }
.ui-dialog { position: fixed; top: 15%; left: 50%; transform: translateX(-50%); width: min(520px, calc(100vw - 16px)); max-height: 80vh; overflow: auto; box-sizing: border-box; background: #fff; border: 2px solid #1b365d; padding: 0 16px 16px; font-family: Arial, sans-serif; box-shadow: 0 4px 24px rgba(0,0,0,.4); }
.ui-dialog-titlebar { background: #1b365d; color: #fff; margin: 0 -16px; padding: 8px 16px; font-weight: bold; }
.ui-state-disabled { opacity: .5; cursor: default; }
.practice-buttons { display: flex; gap: 8px; }
.practice-banner { background: #ffd; border-bottom: 1px solid #cc9; font: 12px Arial, sans-serif; padding: 2px 8px; }
`;

/** The page script for one court: its Utilities drop-down items are baked in. */
export function practiceScript(utilitiesItems: ReadonlyArray<readonly [string, string]>): string {
  return `// Practice court page script (not CM/ECF's code).
function SetFocus() {
  if (!window.IsForm) return true;
  var form = document.forms[0];
  if (!form) return true;
  var field = window.FirstField && form.elements[window.FirstField];
  if (!field) { for (var i = 0; i < form.elements.length; i++) { if (form.elements[i].type !== 'hidden') { field = form.elements[i]; break; } } }
  if (field) field.focus();
  return true;
}
(function () {
  var items = ${JSON.stringify(utilitiesItems)};
  function build() {
    var label = null, links = document.querySelectorAll('#topmenu a.yuimenubaritemlabel');
    for (var i = 0; i < links.length; i++) if (/DisplayMenu\\.pl\\?Utilities/i.test(links[i].getAttribute('href') || '')) label = links[i];
    if (!label || !items.length) return;
    var li = label.parentNode, menu = document.createElement('div');
    menu.className = 'yuimenu';
    menu.style.visibility = 'hidden';
    var html = '<div class="bd"><ul class="first-of-type">';
    for (var j = 0; j < items.length; j++) html += '<li class="yuimenuitem"><a class="yuimenuitemlabel" href="' + items[j][1] + '">' + items[j][0] + '</a></li>';
    menu.innerHTML = html + '</ul></div>';
    li.appendChild(menu);
    var timer = null;
    function show() { clearTimeout(timer); menu.style.visibility = 'visible'; }
    function hide() { timer = setTimeout(function () { menu.style.visibility = 'hidden'; }, 300); }
    li.addEventListener('mouseenter', show); li.addEventListener('mouseleave', hide);
    li.addEventListener('focusin', show); li.addEventListener('focusout', hide);
  }
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', function () { setTimeout(build, 0); });
  else setTimeout(build, 0);
})();
`;
}
