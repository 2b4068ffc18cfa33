import { useTranslator } from '../core/flow/texts';
import browser from 'webextension-polyfill';
import { render } from 'preact';
import { Popup } from './Popup';

useTranslator((id, substitutions) => browser.i18n.getMessage(id, substitutions));

render(<Popup />, document.getElementById('app')!);
