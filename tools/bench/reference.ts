// The benchmark's reference page: the smallest possible ink player (inkjs runtime + one story), showing one line.
// The game's load times are reported next to this page's, as a ratio.
import { Story } from 'inkjs';
import { story } from '../../stories/sample/fr.ink';

const s = new Story(story);
s.onError = () => {};
const line = document.getElementById('line');
if (line) line.textContent = s.Continue() ?? '';
