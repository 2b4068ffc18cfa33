// On a court page where no guide runs (its court is linked and verified, or the gate let the
// page be): says so, and brings the guide into the page if the user asks.
import { useState } from 'preact/hooks';
import { text } from '../core/flow/texts';
import { showGuideInTab } from './actions';

export function GuideHere(props: { tabId: number }) {
  const [failed, setFailed] = useState(false);
  const show = () => showGuideInTab(props.tabId).then((shown) => setFailed(!shown), () => setFailed(true));
  return (
    <div class="guide-here">
      <p>{text('no_guide_here')}</p>
      <button type="button" onClick={() => void show()}>
        {text('show_guide_here')}
      </button>
      {failed && <p role="alert">{text('show_guide_failed')}</p>}
    </div>
  );
}
