import { render } from 'preact';
render(<p>Reelmark</p>, document.getElementById('app')!);
