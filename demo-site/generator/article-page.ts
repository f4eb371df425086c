import { createHash } from 'node:crypto';
import { SITE, UI } from '../content/site';
import { authorOf, categoryOf, permalink, permalinkPath, postBySlug } from '../content/posts';
import type { Block, Post } from '../content/types';
import { abs, commentDate, displayDate, esc, jsonForScript } from './html';
import { LEAD_SIZE, OG_SIZE, SMALL_SIZE, postImages } from './images';
import { THEME, adSlot, page } from './layout';
import { paths } from './taxonomy';

/** Stable id for a Person node, like Yoast's hashed person ids. */
export function personId(authorSlug: string): string {
  return `${SITE.origin}/#/schema/person/${createHash('md5').update(authorSlug).digest('hex')}`;
}

/** Body words, as Yoast counts them for `wordCount` and the reading-time label. */
export function wordCount(post: Post): number {
  return post.blocks.reduce((n, b) => (b.kind === 'ad' ? n : n + b.text.split(/\s+/).length), 0);
}

/**
 * The post body as WordPress stores it (paragraphs and block headings). `withAds` adds the in-body
 * ad slots an ad plugin injects on the page; feeds and the REST API get the clean body.
 */
export function bodyHtml(post: Post, withAds: boolean): string {
  let adIndex = 0;
  return post.blocks
    .map((b: Block) => {
      if (b.kind === 'p') return `<p>${esc(b.text)}</p>`;
      if (b.kind === 'h2') return `<h2 class="wp-block-heading"><em>${esc(b.text)}</em></h2>`;
      if (!withAds) return '';
      if (b.variant === 'desktop') adIndex++;
      return adSlot(post.lang, `inline-${adIndex}`, b.variant);
    })
    .filter(Boolean)
    .join('\n');
}

/** The share links, each to the network's real share-intent URL with this page's address. */
export function shareBar(post: Post): string {
  const ui = UI[post.lang];
  const url = encodeURIComponent(permalink(post));
  const title = encodeURIComponent(post.title);
  const media = encodeURIComponent(abs(postImages(post).large));
  const links: [string, string, string][] = [
    ['facebook', 'Facebook', `https://www.facebook.com/sharer/sharer.php?u=${url}`],
    ['x', 'X', `https://x.com/intent/tweet?text=${title}&url=${url}`],
    ['reddit', 'Reddit', `https://www.reddit.com/submit?url=${url}&title=${title}`],
    ['pinterest', 'Pinterest', `https://pinterest.com/pin/create/button/?url=${url}&media=${media}&description=${title}`],
    ['email', 'Email', `mailto:?subject=${title}&body=${url}`],
  ];
  const items = links
    .map(
      ([key, label, href]) =>
        `<li><a class="share-link share-link--${key}" href="${esc(href)}"${key === 'email' ? '' : ' target="_blank" rel="noopener nofollow"'} aria-label="${esc(ui.shareOn(label))}"><span class="share-link__icon share-icon-${key}" aria-hidden="true"></span><span class="share-link__label">${label}</span></a></li>`,
    )
    .join('\n');
  return `<div class="share-bar social-share" role="group" aria-label="${esc(ui.share)}">
<ul class="share-bar__list">
${items}
</ul>
</div>`;
}

function leadFigure(post: Post): string {
  const img = postImages(post);
  const srcset = `${abs(img.small)} ${SMALL_SIZE.w}w, ${abs(img.large)} ${LEAD_SIZE.w}w`;
  const sizes = '(max-width: 800px) 100vw, 800px';
  // Lazy-load plugin markup: a blank placeholder in src, the real picture in data-* and <noscript>.
  const placeholder = `data:image/svg+xml,%3Csvg%20xmlns='http://www.w3.org/2000/svg'%20viewBox='0%200%20${LEAD_SIZE.w}%20${LEAD_SIZE.h}'%3E%3C/svg%3E`;
  return `<figure class="post-thumbnail wp-caption featured-image">
<img width="${LEAD_SIZE.w}" height="${LEAD_SIZE.h}" src="${placeholder}" data-src="${abs(img.large)}" data-srcset="${srcset}" data-sizes="${sizes}" class="attachment-post-thumbnail size-post-thumbnail wp-post-image lazyload" alt="${esc(post.imageAlt)}" decoding="async" fetchpriority="high">
<noscript><img width="${LEAD_SIZE.w}" height="${LEAD_SIZE.h}" src="${abs(img.large)}" srcset="${srcset}" sizes="${sizes}" class="attachment-post-thumbnail size-post-thumbnail wp-post-image" alt="${esc(post.imageAlt)}" decoding="async"></noscript>
<figcaption class="wp-caption-text">${esc(post.imageCaption)}</figcaption>
</figure>`;
}

function relatedBlock(post: Post): string {
  const ui = UI[post.lang];
  const items = post.related
    .map((slug) => {
      const r = postBySlug(slug);
      const cat = categoryOf(r.categorySlug);
      const url = permalink(r);
      return `<article class="related-post jeg_post">
<a class="related-post__thumb" href="${url}" aria-hidden="true" tabindex="-1"><img src="${abs(postImages(r).small)}" width="${SMALL_SIZE.w}" height="${SMALL_SIZE.h}" alt="" loading="lazy"></a>
<div class="related-post__category jeg_post_category"><a href="${abs(paths.category(cat.slug))}" rel="category">${esc(cat.name)}</a></div>
<h3 class="related-post__title jeg_post_title"><a href="${url}">${esc(r.standfirst)}</a></h3>
<div class="related-post__meta jeg_post_meta"><span class="related-post__sep">-</span> <time class="related-post__date" datetime="${r.published}">${esc(displayDate(r.published, post.lang))}</time></div>
</article>`;
    })
    .join('\n');
  return `<section class="related-articles jeg_related_post" aria-labelledby="related-title-${post.id}">
<h2 id="related-title-${post.id}" class="related-articles__title jeg_block_title">${esc(ui.relatedArticles)}</h2>
<div class="related-articles__list">
${items}
</div>
</section>`;
}

function newsletterBox(post: Post): string {
  const ui = UI[post.lang];
  return `<section class="newsletter-signup" aria-labelledby="newsletter-title-${post.id}">
<h2 id="newsletter-title-${post.id}" class="newsletter-signup__title">${esc(ui.newsletterTitle)}</h2>
<p class="newsletter-signup__text">${esc(ui.newsletterText)}</p>
<form class="newsletter-signup__form" action="${abs('/newsletter/')}" method="get">
<label for="newsletter-email-${post.id}">${esc(ui.emailLabel)}</label>
<input type="email" id="newsletter-email-${post.id}" name="email" placeholder="you@example.com" required>
<button type="submit">${esc(ui.subscribe)}</button>
</form>
<p class="newsletter-signup__legal">${esc(ui.newsletterLegal)}</p>
</section>`;
}

function commentsSection(post: Post): string {
  const ui = UI[post.lang];
  const url = permalink(post);
  const render = (parent: number | undefined, depth: number): string => {
    const list = post.comments.filter((c) => c.parent === parent);
    if (!list.length) return '';
    const items = list
      .map(
        (c, i) => `<li id="comment-${c.id}" class="comment ${i % 2 ? 'odd' : 'even'} depth-${depth}">
<article id="div-comment-${c.id}" class="comment-body">
<footer class="comment-meta">
<div class="comment-author vcard"><img alt="" src="${abs(THEME.avatar)}" class="avatar avatar-40 photo" height="40" width="40" loading="lazy"> <b class="fn">${esc(c.author)}</b> <span class="says">${esc(ui.says)}</span></div>
<div class="comment-metadata"><a href="${url}#comment-${c.id}"><time datetime="${c.date}">${esc(commentDate(c.date, post.lang))}</time></a></div>
</footer>
<div class="comment-content"><p>${esc(c.text)}</p></div>
<div class="reply"><a rel="nofollow" class="comment-reply-link" href="#respond" data-commentid="${c.id}" data-postid="${post.id}" aria-label="${esc(ui.reply)} ${esc(c.author)}">${esc(ui.reply)}</a></div>
</article>
${depth === 1 ? render(c.id, 2).replace(/^<ol class="comment-list">/, '<ol class="children">') : ''}
</li>`,
      )
      .join('\n');
    return `<ol class="comment-list">\n${items}\n</ol>`;
  };
  return `<section id="comments" class="comments-area">
<h2 class="comments-title">${esc(ui.comments(post.comments.length, post.title))}</h2>
${render(undefined, 1)}
<div id="respond" class="comment-respond">
<h3 id="reply-title" class="comment-reply-title">${esc(ui.leaveReply)}</h3>
<form action="${abs('/comment-received/')}" method="get" id="commentform" class="comment-form">
<p class="comment-notes">${esc(ui.commentNotes)}</p>
<p class="comment-form-comment"><label for="comment">${esc(ui.commentLabel)}</label><textarea id="comment" name="comment" cols="45" rows="6" required></textarea></p>
<p class="comment-form-author"><label for="author">${esc(ui.nameLabel)}</label><input id="author" name="author" type="text" size="30"></p>
<p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="${esc(ui.submitComment)}"><input type="hidden" name="comment_post_ID" value="${post.id}"></p>
</form>
</div>
</section>`;
}

/** Yoast-style JSON-LD graph: Article, WebPage, ImageObject, BreadcrumbList, WebSite, Organization, Person. */
export function articleGraph(post: Post): unknown {
  const url = permalink(post);
  const img = abs(postImages(post).large);
  const author = authorOf(post.authorSlug);
  const cat = categoryOf(post.categorySlug);
  const inLanguage = UI[post.lang].locale.replace('_', '-');
  return {
    '@context': 'https://schema.org',
    '@graph': [
      {
        '@type': 'NewsArticle',
        '@id': `${url}#article`,
        isPartOf: { '@id': url },
        author: { name: author.name, '@id': personId(author.slug) },
        headline: post.title,
        datePublished: post.published,
        dateModified: post.modified,
        mainEntityOfPage: { '@id': url },
        wordCount: wordCount(post),
        commentCount: post.comments.length,
        publisher: { '@id': `${SITE.origin}/#organization` },
        image: { '@id': `${url}#primaryimage` },
        thumbnailUrl: img,
        keywords: post.tags,
        articleSection: [cat.name],
        inLanguage,
        potentialAction: [{ '@type': 'CommentAction', name: 'Comment', target: [`${url}#respond`] }],
      },
      {
        '@type': 'WebPage',
        '@id': url,
        url,
        name: `${post.title} - ${SITE.name}`,
        isPartOf: { '@id': `${SITE.origin}/#website` },
        primaryImageOfPage: { '@id': `${url}#primaryimage` },
        image: { '@id': `${url}#primaryimage` },
        thumbnailUrl: img,
        datePublished: post.published,
        dateModified: post.modified,
        description: post.standfirst,
        breadcrumb: { '@id': `${url}#breadcrumb` },
        inLanguage,
        potentialAction: [{ '@type': 'ReadAction', target: [url] }],
      },
      {
        '@type': 'ImageObject',
        inLanguage,
        '@id': `${url}#primaryimage`,
        url: img,
        contentUrl: img,
        width: LEAD_SIZE.w,
        height: LEAD_SIZE.h,
        caption: post.imageCaption,
      },
      {
        '@type': 'BreadcrumbList',
        '@id': `${url}#breadcrumb`,
        itemListElement: [
          { '@type': 'ListItem', position: 1, name: UI[post.lang].home, item: abs('/') },
          { '@type': 'ListItem', position: 2, name: cat.name, item: abs(paths.category(cat.slug)) },
          { '@type': 'ListItem', position: 3, name: post.title },
        ],
      },
      websiteNode(),
      organizationNode(),
      {
        '@type': 'Person',
        '@id': personId(author.slug),
        name: author.name,
        image: { '@type': 'ImageObject', url: abs(THEME.avatar), caption: author.name },
        description: author.bio,
        url: abs(paths.author(author.slug)),
      },
    ],
  };
}

/** The WebSite node every page's graph shares, with the sitelinks search box action. */
export function websiteNode(): unknown {
  return {
    '@type': 'WebSite',
    '@id': `${SITE.origin}/#website`,
    url: abs('/'),
    name: SITE.name,
    description: SITE.tagline,
    publisher: { '@id': `${SITE.origin}/#organization` },
    potentialAction: [
      {
        '@type': 'SearchAction',
        target: { '@type': 'EntryPoint', urlTemplate: `${abs('/')}?s={search_term_string}` },
        'query-input': { '@type': 'PropertyValueSpecification', valueRequired: true, valueName: 'search_term_string' },
      },
    ],
    inLanguage: 'en-US',
  };
}

/** The publisher node. */
export function organizationNode(): unknown {
  return {
    '@type': 'Organization',
    '@id': `${SITE.origin}/#organization`,
    name: SITE.name,
    url: abs('/'),
    logo: { '@type': 'ImageObject', '@id': `${SITE.origin}/#/schema/logo/image/`, url: abs(THEME.logo), width: 240, height: 48, caption: SITE.name },
    image: { '@id': `${SITE.origin}/#/schema/logo/image/` },
  };
}

function articleHead(post: Post): string {
  const url = permalink(post);
  const ui = UI[post.lang];
  const author = authorOf(post.authorSlug);
  const cat = categoryOf(post.categorySlug);
  const og = abs(postImages(post).og);
  const minutes = Math.max(1, Math.round(wordCount(post) / 230));
  return [
    `<meta property="og:locale" content="${ui.locale}">`,
    `<meta property="og:type" content="article">`,
    `<meta property="og:title" content="${esc(post.title)}">`,
    `<meta property="og:description" content="${esc(post.standfirst)}">`,
    `<meta property="og:url" content="${url}">`,
    `<meta property="og:site_name" content="${esc(SITE.name)}">`,
    `<meta property="article:publisher" content="https://www.facebook.com/frameandnation.example">`,
    `<meta property="article:published_time" content="${post.published}">`,
    `<meta property="article:modified_time" content="${post.modified}">`,
    `<meta property="article:section" content="${esc(cat.name)}">`,
    ...post.tags.map((t) => `<meta property="article:tag" content="${esc(t)}">`),
    `<meta property="og:image" content="${og}">`,
    `<meta property="og:image:width" content="${OG_SIZE.w}">`,
    `<meta property="og:image:height" content="${OG_SIZE.h}">`,
    `<meta property="og:image:type" content="image/png">`,
    `<meta name="author" content="${esc(author.name)}">`,
    `<meta name="twitter:card" content="summary_large_image">`,
    `<meta name="twitter:site" content="${SITE.twitter}">`,
    `<meta name="twitter:title" content="${esc(post.title)}">`,
    `<meta name="twitter:description" content="${esc(post.standfirst)}">`,
    `<meta name="twitter:image" content="${og}">`,
    `<meta name="twitter:label1" content="Written by">`,
    `<meta name="twitter:data1" content="${esc(author.name)}">`,
    `<meta name="twitter:label2" content="Est. reading time">`,
    `<meta name="twitter:data2" content="${minutes} ${minutes === 1 ? 'minute' : 'minutes'}">`,
    `<script type="application/ld+json" class="yoast-schema-graph">${jsonForScript(articleGraph(post))}</script>`,
    `<link rel="alternate" type="application/json" title="JSON" href="${abs(`/wp-json/wp/v2/posts/${post.id}`)}">`,
    `<link rel="shortlink" href="${abs(`/?p=${post.id}`)}">`,
  ].join('\n');
}

/** The single-post page: the theme around one article, its related block, newsletter and comments. */
export function articlePage(post: Post): string {
  const ui = UI[post.lang];
  const author = authorOf(post.authorSlug);
  const cat = categoryOf(post.categorySlug);
  const tagLinks = post.tags.map((t) => `<a href="${abs(paths.tag(t))}" rel="tag">${esc(t)}</a>`).join(', ');
  const main = `<nav class="breadcrumbs yoast-breadcrumbs" aria-label="Breadcrumb"><span><span><a href="${abs('/')}">${esc(ui.home)}</a></span> &raquo; <span><a href="${abs(paths.category(cat.slug))}">${esc(cat.name)}</a></span> &raquo; <span class="breadcrumb_last" aria-current="page">${esc(post.title)}</span></span></nav>
<article id="post-${post.id}" class="post-${post.id} post type-post status-publish format-standard has-post-thumbnail hentry category-${cat.slug} ${post.tags.map((t) => `tag-${paths.tag(t).split('/')[2]}`).join(' ')}">
<header class="entry-header">
<div class="entry-categories cat-links"><a href="${abs(paths.category(cat.slug))}" rel="category tag">${esc(cat.name)}</a></div>
<h1 class="entry-title">${esc(post.title)}</h1>
<p class="entry-subtitle standfirst">${esc(post.standfirst)}</p>
<div class="entry-meta">
<span class="byline">${ui.by} <span class="author vcard"><a class="url fn n" href="${abs(paths.author(author.slug))}" rel="author">${esc(author.name)}</a></span></span>
<span class="posted-on">${esc(ui.published)} <time class="entry-date published" datetime="${post.published}">${esc(displayDate(post.published, post.lang))}</time><time class="updated" datetime="${post.modified}" hidden>${esc(displayDate(post.modified, post.lang))}</time></span>
</div>
${shareBar(post)}
</header>
${leadFigure(post)}
<div class="entry-content">
${bodyHtml(post, true)}
</div>
<footer class="entry-footer"><span class="tags-links">${esc(ui.tagged)} ${tagLinks}</span></footer>
<div class="author-box"><img src="${abs(THEME.avatar)}" alt="" width="40" height="40" class="avatar"><p class="author-box__bio"><a href="${abs(paths.author(author.slug))}">${esc(author.name)}</a>: ${esc(author.bio)}</p></div>
${newsletterBox(post)}
${relatedBlock(post)}
</article>
${commentsSection(post)}`;
  return page(
    {
      lang: post.lang,
      path: permalinkPath(post),
      title: `${post.title} - ${SITE.name}`,
      description: post.standfirst,
      bodyClass: `post-template-default single single-post postid-${post.id} single-format-standard lang-${post.lang}`,
      head: articleHead(post),
      main,
      currentNav: paths.category(cat.slug),
    },
    post.origin === 'seed' ? ui.seedNotice : ui.demoTextNotice,
  );
}
