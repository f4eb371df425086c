import { startDemoServer } from './server';
import {
  CATEGORY_PATH,
  FEED_PATHS,
  FETCHER_TEST_ARTICLE_PATH,
  FRENCH_ARTICLE_PATH,
  SEED_ARTICLE_PATH,
  SPA_PATH,
  SPANISH_ARTICLE_PATH,
} from './paths';

/** Port from the first argument, else PORT, else 8787. */
function portFromArgs(argv: string[], env: NodeJS.ProcessEnv): number {
  const raw = argv[2] ?? env.PORT ?? '8787';
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`Not a port: ${raw}`);
  return port;
}

const server = await startDemoServer({ port: portFromArgs(process.argv, process.env) });
const lines: [string, string][] = [
  ['Home', '/'],
  ['Seed article', SEED_ARTICLE_PATH],
  ['Category', CATEGORY_PATH],
  ['French article', FRENCH_ARTICLE_PATH],
  ['Spanish article', SPANISH_ARTICLE_PATH],
  ['Fetcher test article', FETCHER_TEST_ARTICLE_PATH],
  ['SPA', SPA_PATH],
  ['RSS (category)', FEED_PATHS.categoryRss],
  ['REST API', '/wp-json/'],
];
console.log('Frame & Nation demo site (all text is demo text) is running:');
for (const [label, path] of lines) console.log(`  ${label.padEnd(22)} ${server.origin}${path}`);
console.log('Press Ctrl+C to stop.');

const stop = (): void => {
  void server.close().then(() => process.exit(0));
};
process.once('SIGINT', stop);
process.once('SIGTERM', stop);
