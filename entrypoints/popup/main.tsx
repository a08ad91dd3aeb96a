import { render } from 'preact';
import '../../components/extension-page.css';
import '../../components/term-card.css';
import './popup.css';
import { PopupApp } from './PopupApp';

const root = document.getElementById('app');
if (root) render(<PopupApp />, root);
