// Tests read texts in English from the same catalogue the browser uses.
import { catalogTranslator } from '../src/core/flow/catalog';
import { useTranslator } from '../src/core/flow/texts';

useTranslator(catalogTranslator('en'));
