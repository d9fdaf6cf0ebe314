/**
 * The Chinese interface messages, loaded when Chinese is chosen, with the course's unit titles in
 * Chinese: one chunk, so the first screen in Chinese lists its units without another request.
 */
import titles from 'virtual:lectern/titles/zh-Hans';
import { addUnitTitles } from '../content/unit-titles';
import messages from './locales/zh-Hans.json';

addUnitTitles('zh-Hans', titles);

export default messages;
