import type { Article, RelatedLink } from '@/utils/article/types';
import { canonicalUrl } from '@/utils/fetching/canonical-url';
import { errorCode, FetchError } from '@/utils/fetching/fetch-error';
import type { PoliteFetcher } from '@/utils/fetching/polite-fetcher';
import { categorySlug, orderCategories, planFeeds } from './feed-candidates';
import { parseFeed, type FeedItem } from './feed-parse';
import { clip } from './plain-text';
import { rankPieces, sharesNationOrSection } from './relevance';
import type { RunStore } from './run-store';
import type { SiteLinks } from './site-links';
import { pieceSummary, pieceTeaser } from './summary-hook';
import { tagNations } from './tag-nations';
import type { PieceErrorCode, RelatedContext, RelatedPiece, RelatedRun, RelatedTask } from './types';
import { cinemaOfTitle, parseWikipediaSummary, WIKIPEDIA_USER_AGENT_HEADER, wikipediaSummaryUrl } from './wikipedia';
import { parseWpCategoryId, parseWpPosts, wpCategoryUrl, wpPostsUrl } from './wp-api';

/** What the runner needs from the extension; injected so tests and the benchmark can fake it. */
export interface RunnerDeps {
  fetcher: PoliteFetcher;
  store: RunStore;
  /** The article in the tab, extracted from its live DOM (related blocks included). */
  tabArticle(tabId: number, url: string): Promise<Article>;
  /** The page's feed links, WordPress API root and category links. */
  siteLinks(tabId: number, url: string): Promise<SiteLinks>;
  /** Extracts an article from fetched HTML. */
  parseArticle(html: string, url: string): Article;
  /** Whether the user opted in to Wikipedia summaries. */
  wikipediaEnabled(): Promise<boolean>;
  now(): number;
  /** Read the site's feeds and WordPress API (default true; the benchmark times the pages alone). */
  siteSources?: boolean;
}

/** Feeds are read only this far (a probe of a common path that is not a feed stops early too). */
const FEED_MAX_BYTES = 2 * 1024 * 1024;
/** Feed and API items kept at most, besides the page's own related block. */
const MAX_EXTRA_PIECES = 12;
/** Wikipedia summaries fetched at most (one per nation the article is about). */
const MAX_WIKIPEDIA = 3;
const NO_LINKS: SiteLinks = { feeds: [], wpApiRoot: null, categories: [] };

/**
 * Finds, fetches and ranks a tab's related pieces in the background. A run is planned once, from
 * the live page (its related block, feed links, WordPress API, category), as a list of tasks kept
 * in session storage; every task goes through the polite fetcher, and each result is written as
 * it lands, so the popup shows pieces as they come and one slow or broken page holds up nothing.
 * A worker that was stopped resumes the unfinished tasks of every stored run when it starts.
 */
export class RelatedRunner {
  private readonly controllers = new Map<number, AbortController>();
  private readonly executing = new Set<number>();

  constructor(private readonly deps: RunnerDeps) {}

  /** The tab's run for this article: the existing one, or a new one, planned and started. */
  async start(tabId: number, pageUrl: string): Promise<RelatedRun> {
    const existing = await this.deps.store.read(tabId);
    if (existing && existing.articleUrl === pageUrl && existing.state !== 'cancelled') {
      if (existing.state === 'running') this.execute(existing);
      return existing;
    }
    if (existing) await this.cancel(tabId);
    const run = await this.plan(tabId, pageUrl);
    await this.deps.store.put(run);
    this.execute(run);
    return run;
  }

  /** The tab's run as stored (resuming it if this worker has not picked it up yet). */
  async get(tabId: number): Promise<RelatedRun | null> {
    const run = await this.deps.store.read(tabId);
    if (run?.state === 'running') this.execute(run);
    return run;
  }

  /** Stops a tab's run (tab closed): queued requests are dropped, running ones aborted. */
  async cancel(tabId: number): Promise<void> {
    this.controllers.get(tabId)?.abort(new DOMException('The tab was closed', 'AbortError'));
    this.controllers.delete(tabId);
    this.executing.delete(tabId);
    await this.deps.store.remove(tabId);
  }

  /**
   * Aborts all work in this worker but keeps every run stored, as when the browser stops the
   * service worker; a later `resumeAll` (or popup poll) picks the runs up again.
   */
  suspend(): void {
    for (const c of this.controllers.values()) c.abort(new DOMException('Suspended', 'AbortError'));
    this.controllers.clear();
    this.executing.clear();
  }

  /** Picks up every unfinished run a previous worker left (call at start-up). */
  async resumeAll(isTabOpen: (tabId: number) => Promise<boolean>): Promise<void> {
    for (const run of await this.deps.store.loadAll()) {
      if (!(await isTabOpen(run.tabId))) await this.deps.store.remove(run.tabId);
      else if (run.state === 'running') this.execute(run);
    }
  }

  /** Resolves once the tab's run has no task left to do (tests, benchmark). */
  async settled(tabId: number): Promise<RelatedRun | null> {
    for (;;) {
      const run = await this.deps.store.read(tabId);
      if (!run || run.state !== 'running') return run;
      await new Promise((r) => setTimeout(r, 20));
    }
  }

  private async plan(tabId: number, pageUrl: string): Promise<RelatedRun> {
    const article = await this.deps.tabArticle(tabId, pageUrl);
    const links = await this.deps.siteLinks(tabId, pageUrl).catch(() => NO_LINKS);
    // The page's own category link stands in when the engine found no section.
    const section = article.section ?? links.categories[0]?.name ?? null;
    const context: RelatedContext = {
      url: canonicalUrl(article.canonical || pageUrl) ?? pageUrl,
      title: article.title,
      section,
      published: article.published,
      lang: article.lang,
      nations: tagNations({ title: article.title, section, text: article.text, lead: article.description, lang: article.lang }),
    };
    const pieces = blockPieces(article.related, context);
    const tasks: RelatedTask[] = pieces.map((p) => task('page', p.url, p.url));

    const siteSources = this.deps.siteSources ?? true;
    const feeds = siteSources ? planFeeds(links, pageUrl, section) : { feeds: [], probes: [] };
    feeds.feeds.forEach((url) => tasks.push(task('feed', url)));
    feeds.probes.forEach((url) => tasks.push(task('feed-probe', url, 'probes')));

    if (siteSources && links.wpApiRoot) {
      const category = orderCategories(links.categories, section)[0];
      const slug = category ? categorySlug(category.url) : null;
      const ref = JSON.stringify({ root: links.wpApiRoot, name: category?.name ?? section, slug });
      if (slug) tasks.push(task('wp-category', wpCategoryUrl(links.wpApiRoot, slug), ref));
      else if (section) tasks.push(task('wp-posts', wpPostsUrl(links.wpApiRoot, { search: section }), ref));
    }

    if (await this.deps.wikipediaEnabled().catch(() => false)) {
      for (const code of context.nations.about.slice(0, MAX_WIKIPEDIA)) {
        const title = cinemaOfTitle(code);
        if (title) tasks.push(task('wikipedia', wikipediaSummaryUrl(title), code));
      }
    }
    const now = this.deps.now();
    return {
      tabId,
      articleUrl: pageUrl,
      context,
      state: tasks.length ? 'running' : 'done',
      startedAt: now,
      finishedAt: tasks.length ? null : now,
      tasks,
      pieces: rankPieces(pieces, context, now),
    };
  }

  /** Runs every unfinished task of a run (once per worker), then marks the run done. */
  private execute(run: RelatedRun): void {
    if (this.executing.has(run.tabId)) return;
    this.executing.add(run.tabId);
    const controller = new AbortController();
    this.controllers.set(run.tabId, controller);
    const { signal } = controller;
    const open = (t: RelatedTask) => t.status === 'queued' || t.status === 'running';
    const probes = run.tasks.filter((t) => t.kind === 'feed-probe');
    const others = run.tasks.filter((t) => t.kind !== 'feed-probe' && open(t));
    void Promise.allSettled([...others.map((t) => this.runTask(run, t, signal)), this.runProbes(run, probes, signal)]).then(async () => {
      if (signal.aborted) return;
      this.executing.delete(run.tabId);
      this.controllers.delete(run.tabId);
      await this.deps.store.update(run.tabId, run.articleUrl, (r) => {
        if (r.tasks.some(open)) return;
        r.state = 'done';
        r.finishedAt = this.deps.now();
      });
    });
  }

  /** Common feed paths, one after the other, until one of them is a feed. */
  private async runProbes(run: RelatedRun, probes: RelatedTask[], signal: AbortSignal): Promise<void> {
    if (probes.some((p) => p.status === 'done')) return;
    for (const probe of probes) {
      if (probe.status === 'error' || probe.status === 'skipped') continue;
      const found = await this.runTask(run, probe, signal);
      if (signal.aborted) return;
      if (found) {
        await this.update(run, (r) => r.tasks.forEach((t) => t.kind === 'feed-probe' && t.status === 'queued' && (t.status = 'skipped')));
        return;
      }
    }
  }

  /** Runs one task; true when it produced something (a probe that found a feed). */
  private async runTask(run: RelatedRun, t: RelatedTask, signal: AbortSignal): Promise<boolean> {
    const { fetcher } = this.deps;
    try {
      switch (t.kind) {
        case 'page': {
          const page = await fetcher.get(t.url, { kind: 'html', signal });
          const article = this.deps.parseArticle(page.text, page.finalUrl);
          await this.update(run, (r) => {
            fillPiece(r, t.ref ?? t.url, article);
            setTask(r, t.id, 'done');
          });
          return true;
        }
        case 'feed':
        case 'feed-probe': {
          const feed = await fetcher.get(t.url, { kind: 'feed', signal, maxBytes: FEED_MAX_BYTES });
          const items = parseFeed(feed.text, feed.finalUrl);
          if (t.kind === 'feed-probe' && items.length === 0) throw new FetchError('content-type', 'Not a feed');
          await this.update(run, (r) => {
            addItems(r, items, 'feed');
            setTask(r, t.id, 'done');
          });
          return true;
        }
        case 'wp-category': {
          const { root, name, slug } = JSON.parse(t.ref ?? '{}') as { root: string; name: string | null; slug: string };
          const answer = await fetcher.get(t.url, { kind: 'json', signal });
          const id = parseWpCategoryId(JSON.parse(answer.text), slug);
          const posts = id !== null ? task('wp-posts', wpPostsUrl(root, { categoryId: id }), JSON.stringify({ root, name, id })) : null;
          await this.update(run, (r) => {
            if (posts && !r.tasks.some((x) => x.id === posts.id)) r.tasks.push(posts);
            setTask(r, t.id, 'done');
          });
          if (posts) await this.runTask(run, posts, signal);
          return true;
        }
        case 'wp-posts': {
          const { root, name, id } = JSON.parse(t.ref ?? '{}') as { root: string; name: string | null; id?: number };
          const answer = await fetcher.get(t.url, { kind: 'json', signal });
          const items = parseWpPosts(JSON.parse(answer.text), root, id ?? null, name);
          await this.update(run, (r) => {
            addItems(r, items, 'wp-api');
            setTask(r, t.id, 'done');
          });
          return true;
        }
        case 'wikipedia': {
          const answer = await fetcher.get(t.url, { kind: 'json', signal, headers: WIKIPEDIA_USER_AGENT_HEADER });
          const summary = parseWikipediaSummary(JSON.parse(answer.text));
          await this.update(run, (r) => {
            if (summary && !r.pieces.some((p) => p.url === summary.pageUrl)) {
              r.pieces.push({
                url: summary.pageUrl,
                title: summary.title,
                date: null,
                section: null,
                teaser: clip(summary.extract, 420),
                summary: null,
                nations: { about: t.ref ? [t.ref] : [], mentioned: [] },
                source: 'wikipedia',
                position: r.pieces.filter((p) => p.source === 'wikipedia').length,
                image: summary.thumbnail,
                attribution: summary.attribution,
                status: 'done',
                error: null,
                score: 0,
              });
            }
            setTask(r, t.id, 'done');
          });
          return Boolean(summary);
        }
      }
    } catch (err) {
      if (signal.aborted) return false;
      const code = errorCode(err);
      await this.update(run, (r) => {
        setTask(r, t.id, 'error', code);
        if (t.kind === 'page') failPiece(r, t.ref ?? t.url, pieceError(err));
      });
      return false;
    }
  }

  private async update(run: RelatedRun, mutate: (r: RelatedRun) => void): Promise<void> {
    await this.deps.store.update(run.tabId, run.articleUrl, (r) => {
      mutate(r);
      r.pieces = rankPieces(r.pieces, r.context, this.deps.now());
    });
  }
}

function task(kind: RelatedTask['kind'], url: string, ref: string | null = null): RelatedTask {
  return { id: `${kind}:${url}`, kind, url, status: 'queued', ref, error: null };
}

function setTask(run: RelatedRun, id: string, status: RelatedTask['status'], error: string | null = null): void {
  const t = run.tasks.find((x) => x.id === id);
  if (t) {
    t.status = status;
    t.error = error;
  }
}

/** The page's related block as pieces, deduped by canonical URL, the article itself left out. */
function blockPieces(related: RelatedLink[], context: RelatedContext): RelatedPiece[] {
  const pieces: RelatedPiece[] = [];
  for (const link of related) {
    const url = canonicalUrl(link.url);
    if (!url || url === context.url || pieces.some((p) => p.url === url)) continue;
    pieces.push({
      url,
      title: link.title,
      date: link.date,
      section: link.section,
      teaser: link.teaser,
      summary: null,
      nations: tagNations({ title: link.title, section: link.section, text: link.teaser, lang: context.lang }),
      source: 'page',
      position: pieces.length,
      image: link.image,
      attribution: null,
      status: 'pending',
      error: null,
      score: 0,
    });
  }
  return pieces;
}

/** Fills a block piece from its fetched page; a page whose canonical URL is already listed is dropped. */
function fillPiece(run: RelatedRun, url: string, article: Article): void {
  const piece = run.pieces.find((p) => p.url === url);
  if (!piece) return;
  const canonical = canonicalUrl(article.canonical || url) ?? url;
  if (canonical !== url && (canonical === run.context.url || run.pieces.some((p) => p !== piece && p.url === canonical))) {
    run.pieces = run.pieces.filter((p) => p !== piece);
    return;
  }
  // The page's own title wins; blocks often link a teaser sentence instead of the title.
  const blockTitle = piece.title;
  piece.title = article.title || blockTitle;
  const blockTeaser = piece.teaser ?? (blockTitle !== piece.title && blockTitle.length > 80 ? blockTitle : null);
  piece.date = piece.date ?? article.published;
  piece.section = piece.section ?? article.section;
  piece.teaser = pieceTeaser(blockTeaser, article);
  piece.summary = pieceSummary(article);
  piece.image = piece.image ?? article.image;
  piece.nations = tagNations({ title: article.title, section: article.section, text: article.text, lead: article.description, lang: article.lang });
  piece.status = 'done';
  piece.error = null;
}

function failPiece(run: RelatedRun, url: string, error: PieceErrorCode): void {
  const piece = run.pieces.find((p) => p.url === url);
  if (!piece) return;
  piece.status = 'error';
  piece.error = error;
}

/** Adds feed or API items that share the article's nations or section, up to the cap. */
function addItems(run: RelatedRun, items: FeedItem[], source: 'feed' | 'wp-api'): void {
  let extra = run.pieces.filter((p) => p.source === 'feed' || p.source === 'wp-api').length;
  items.forEach((item, position) => {
    if (item.url === run.context.url) return;
    const existing = run.pieces.find((p) => p.url === item.url);
    if (existing) {
      existing.date ??= item.date;
      existing.section ??= item.categories[0] ?? null;
      return;
    }
    const nations = tagNations({ title: item.title, section: item.categories[0] ?? null, text: item.content ?? item.summary, lang: run.context.lang });
    if (extra >= MAX_EXTRA_PIECES || !sharesNationOrSection({ nations, categories: item.categories }, run.context)) return;
    extra += 1;
    run.pieces.push({
      url: item.url,
      title: item.title,
      date: item.date,
      section: item.categories[0] ?? null,
      teaser: item.summary,
      summary: null,
      nations,
      source,
      position,
      image: item.image,
      attribution: null,
      status: 'done',
      error: null,
      score: 0,
    });
  });
}

function pieceError(err: unknown): PieceErrorCode {
  if (err instanceof FetchError && err.code === 'http') return err.status === 404 || err.status === 410 ? 'not-found' : 'http';
  switch (errorCode(err)) {
    case 'timeout':
      return 'timeout';
    case 'too-large':
      return 'too-large';
    case 'content-type':
      return 'not-html';
    case 'too-many-redirects':
      return 'redirects';
    case 'rate-limited':
      return 'rate-limited';
    default:
      return 'network';
  }
}
