// The popup's page: its language, its words, and the popup drawn into it.
import { useTranslator } from '../core/flow/texts';
import browser from 'webextension-polyfill';
import { render } from 'preact';
import { Popup } from './Popup';
import { cachedTranslator } from './i18n';
import { locale } from './format';

document.documentElement.lang = locale();

useTranslator(cachedTranslator());

render(<Popup />, document.getElementById('app')!);
