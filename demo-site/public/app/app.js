/*
 * Frame & Nation "App": a small single-page app for Reelmark's demo site. It renders a listing of
 * stories at /app/ and one story at /app/<slug>/ from /app/posts.json, moves between them with
 * history.pushState, handles popstate, and keeps document.title, the OpenGraph tags, the canonical
 * link and the JSON-LD script in step with the view (what a content script has to notice).
 * The current view is exposed as <html data-spa-view="listing|article|not-found"> for tests.
 */
(() => {
  const BASE = '/app/';
  const SITE_NAME = 'Frame & Nation';
  const app = document.getElementById('app');
  let postsPromise = null;

  const loadPosts = () => {
    postsPromise =
      postsPromise ||
      fetch(`${BASE}posts.json`).then((response) => {
        if (!response.ok) throw new Error(`HTTP ${response.status}`);
        return response.json();
      });
    return postsPromise;
  };

  const el = (tag, attrs, children) => {
    const node = document.createElement(tag);
    for (const [name, value] of Object.entries(attrs || {})) node.setAttribute(name, value);
    for (const child of children || []) node.append(child);
    return node;
  };

  const setMeta = (key, content, attr = 'property') => {
    let meta = document.head.querySelector(`meta[${attr}="${key}"]`);
    if (content === null) {
      if (meta) meta.remove();
      return;
    }
    if (!meta) {
      meta = el('meta', { [attr]: key });
      document.head.append(meta);
    }
    meta.setAttribute('content', content);
  };

  const setHead = ({ title, type, description, url, jsonLd, lang, published, modified, section, image }) => {
    document.title = title;
    document.documentElement.lang = lang;
    setMeta('description', description, 'name');
    setMeta('og:type', type);
    setMeta('og:title', title.replace(` - ${SITE_NAME}`, ''));
    setMeta('og:description', description);
    setMeta('og:url', url);
    setMeta('og:image', image || null);
    setMeta('article:published_time', published || null);
    setMeta('article:modified_time', modified || null);
    setMeta('article:section', section || null);
    const canonical = document.head.querySelector('link[rel="canonical"]');
    if (canonical) canonical.setAttribute('href', url);
    let script = document.getElementById('app-jsonld');
    if (!script) {
      script = el('script', { type: 'application/ld+json', id: 'app-jsonld' });
      document.head.append(script);
    }
    script.textContent = JSON.stringify(jsonLd);
  };

  const appLink = (post, text, className) =>
    el('a', { href: `${BASE}${post.slug}/`, 'data-spa-link': '', class: className }, [text]);

  const renderListing = (posts) => {
    const url = new URL(BASE, location.href).href;
    setHead({
      title: `Stories - ${SITE_NAME}`,
      type: 'website',
      description: 'Every story on Frame & Nation, the invented film magazine of Reelmark’s demo site.',
      url,
      lang: 'en',
      jsonLd: { '@context': 'https://schema.org', '@type': 'CollectionPage', name: `Stories - ${SITE_NAME}`, url },
    });
    const cards = posts.map((post) =>
      el('article', { class: 'app-card post-card', lang: post.lang }, [
        el('p', { class: 'post-card__category' }, [post.category]),
        el('h2', { class: 'post-card__title' }, [appLink(post, post.title, 'app-card__link')]),
        el('p', { class: 'post-card__excerpt' }, [post.standfirst]),
        el('p', { class: 'post-card__meta' }, [`${post.byLabel} ${post.author} · `, el('time', { datetime: post.published }, [post.dateText])]),
      ]),
    );
    app.replaceChildren(el('h1', { class: 'page-title' }, ['Latest stories']), el('div', { class: 'app-list' }, cards));
    document.documentElement.dataset.spaView = 'listing';
  };

  const renderArticle = (post) => {
    const url = new URL(`${BASE}${post.slug}/`, location.href).href;
    const image = new URL(post.image, location.href).href;
    setHead({
      title: `${post.title} - ${SITE_NAME}`,
      type: 'article',
      description: post.standfirst,
      url,
      lang: post.lang,
      published: post.published,
      modified: post.modified,
      section: post.category,
      image,
      jsonLd: {
        '@context': 'https://schema.org',
        '@type': 'NewsArticle',
        headline: post.title,
        description: post.standfirst,
        datePublished: post.published,
        dateModified: post.modified,
        author: { '@type': 'Person', name: post.author },
        articleSection: post.category,
        keywords: post.tags,
        image,
        inLanguage: post.lang,
        mainEntityOfPage: url,
        publisher: { '@type': 'Organization', name: SITE_NAME },
      },
    });
    const body = [];
    let paragraphs = 0;
    for (const block of post.blocks) {
      if (block.kind === 'h2') {
        body.push(el('h2', {}, [el('em', {}, [block.text])]));
        continue;
      }
      body.push(el('p', {}, [block.text]));
      paragraphs += 1;
      if (paragraphs === 2) {
        body.push(
          el('div', { class: 'ad-wrapper ad-desktop', 'data-ad-position': 'spa-inline' }, [
            el('span', { class: 'ad-label' }, [post.adLabel]),
            el('div', { class: 'ad-slot gpt-ad', id: `div-gpt-ad-spa-${post.id}`, 'data-ad-size': '728x90' }),
          ]),
        );
      }
    }
    app.replaceChildren(
      el('article', { class: 'app-article hentry', lang: post.lang }, [
        el('p', { class: 'entry-categories' }, [post.category]),
        el('h1', { class: 'entry-title' }, [post.title]),
        el('p', { class: 'entry-subtitle' }, [post.standfirst]),
        el('p', { class: 'entry-meta' }, [
          `${post.byLabel} ${post.author} · ${post.publishedLabel} `,
          el('time', { datetime: post.published }, [post.dateText]),
        ]),
        el('figure', { class: 'post-thumbnail' }, [el('img', { src: post.image, alt: post.imageAlt, width: '1200', height: '675' })]),
        el('div', { class: 'entry-content' }, body),
      ]),
      el('p', { class: 'spa-back' }, [el('a', { href: BASE, 'data-spa-link': '' }, ['← All stories'])]),
    );
    document.documentElement.dataset.spaView = 'article';
  };

  const renderNotFound = () => {
    const url = location.href;
    setHead({
      title: `Not found - ${SITE_NAME}`,
      type: 'website',
      description: 'No story at this address.',
      url,
      lang: 'en',
      jsonLd: { '@context': 'https://schema.org', '@type': 'WebPage', name: 'Not found', url },
    });
    app.replaceChildren(
      el('h1', { class: 'page-title' }, ['Story not found']),
      el('p', {}, [el('a', { href: BASE, 'data-spa-link': '' }, ['← All stories'])]),
    );
    document.documentElement.dataset.spaView = 'not-found';
  };

  const route = () =>
    loadPosts()
      .then((posts) => {
        const slug = location.pathname.startsWith(BASE) ? location.pathname.slice(BASE.length).replace(/\/+$/, '') : '';
        if (!slug) return renderListing(posts);
        const post = posts.find((p) => p.slug === slug);
        return post ? renderArticle(post) : renderNotFound();
      })
      .catch((error) => {
        app.replaceChildren(el('p', { class: 'spa-error' }, [`Could not load stories (${error.message}).`]));
        document.documentElement.dataset.spaView = 'error';
      });

  document.addEventListener('click', (event) => {
    if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    const link = event.target instanceof Element ? event.target.closest('a[data-spa-link]') : null;
    if (!link) return;
    const url = new URL(link.href, location.href);
    if (url.origin !== location.origin || !url.pathname.startsWith(BASE)) return;
    event.preventDefault();
    if (url.pathname === location.pathname) return;
    history.pushState({ path: url.pathname }, '', url.pathname);
    route().then(() => window.scrollTo(0, 0));
  });
  window.addEventListener('popstate', () => {
    route();
  });
  route();
})();
