/**
 * The Uyghur interface messages, loaded when Uyghur is chosen, with the course's unit titles in
 * Uyghur: one chunk, so the first screen in Uyghur lists its units without another request.
 */
import titles from 'virtual:lectern/titles/ug';
import { addUnitTitles } from '../content/unit-titles';
import messages from './locales/ug.json';

addUnitTitles('ug', titles);

export default messages;
