/**
 * The patterns that say "this is page furniture, not the article": class/id tokens, ARIA roles,
 * tags, and the short texts of labels and inline promos. They are deliberately generic (the words
 * CMSs, ad servers and plugins use everywhere), never the ids of one site.
 */

/**
 * Class/id tokens of blocks that are never body text. Matched as whole tokens of the class/id
 * string (split at spaces, `-`, `_` and camelCase humps) so `shadow` does not match `ad`.
 */
export const JUNK_TOKENS = new Set([
  // ads and sponsored content
  'ad', 'ads', 'adv', 'advert', 'adverts', 'advertisement', 'advertising', 'adsense', 'adslot', 'adunit',
  'adbox', 'adblock', 'adcontainer', 'adwrapper', 'dfp', 'gpt', 'doubleclick', 'sponsor', 'sponsored',
  'sponsors', 'outbrain', 'taboola', 'zergnet', 'revcontent', 'mgid', 'teads', 'nativo', 'commercial',
  // sharing and following
  'share', 'shares', 'sharing', 'sharebar', 'sharedaddy', 'addthis', 'sharethis', 'shareaholic', 'social',
  'socials', 'follow', 'printfriendly',
  // newsletters, subscriptions, sign-ups, paywall prompts
  'newsletter', 'newsletters', 'subscribe', 'subscription', 'signup', 'optin', 'mailchimp', 'mc4wp',
  'registration', 'regwall',
  // consent
  'cookie', 'cookies', 'consent', 'gdpr', 'cmp',
  // comments
  'comment', 'comments', 'disqus', 'respond', 'replies', 'discussion',
  // related / recommended / popular
  'related', 'relatedposts', 'recommended', 'recommendations', 'recommendation', 'popular', 'trending',
  'mostread', 'mostpopular', 'yarpp', 'readnext', 'readmore', 'alsoread', 'seealso', 'morestories', 'upnext',
  // navigation and chrome
  'nav', 'navbar', 'navigation', 'menu', 'breadcrumb', 'breadcrumbs', 'pagination', 'pager', 'masthead',
  'topbar', 'toolbar', 'sidebar', 'footer', 'skiplink', 'skip',
  // overlays, hover cards and tooltips inside paragraphs
  'tooltip', 'popover', 'hovercard', 'rollover',
  'modal', 'popup', 'overlay', 'lightbox', 'interstitial', 'toast', 'banner',
  // visually hidden labels for screen readers ("Share on Facebook", "Image copyright")
  'screenreader', 'offscreen', 'visuallyhidden', 'hidden', 'hide', 'invisible',
  // post furniture around the body
  'tags', 'tagcloud', 'taglist', 'byline', 'dateline', 'author', 'authors', 'bio', 'avatar', 'meta',
  'postmeta', 'entrymeta', 'timestamp', 'print', 'promo', 'promos', 'promotion', 'widget', 'widgets',
]);

/**
 * Tokens that are only junk in combination with what they hold: a `widget` or `meta` block with
 * real paragraphs inside is kept (CMSs wrap bodies in odd classes).
 */
export const WEAK_TOKENS = new Set([
  'widget', 'widgets', 'meta', 'promo', 'promos', 'promotion', 'hidden', 'hide', 'banner', 'author', 'authors',
  'print', 'follow', 'bio', 'commercial', 'toolbar', 'overlay', 'lightbox', 'gpt', 'skip',
  'discussion', 'respond', 'registration', 'nav', 'menu', 'popular', 'tags', 'related', 'footer', 'social',
]);

/** Tokens that mark the element holding the article body: never removed, nor their ancestors. */
export const CONTENT_TOKENS = /(^|[\s_-])(article-?body|articlebody|article-?content|article-?text|entry-?content|post-?content|post-?body|story-?body|story-?content|body-?text|main-?content|content-?body|rich-?text|article__body|articleText|storyText)([\s_-]|$)/i;

/** ARIA roles of page chrome. */
export const JUNK_ROLES = new Set([
  'navigation', 'banner', 'contentinfo', 'complementary', 'search', 'dialog', 'alertdialog', 'menu', 'menubar',
  'toolbar', 'tablist', 'form',
]);

/** Tags removed outright before extraction (never part of a body's text). */
export const JUNK_TAGS = [
  'script', 'style', 'noscript', 'template', 'link', 'meta', 'iframe', 'object', 'embed', 'canvas', 'button',
  'input', 'select', 'textarea', 'option', 'dialog', 'frame', 'frameset',
];

/** Tags of page chrome, removed unless they hold most of the text. */
export const CHROME_TAGS = ['nav', 'aside', 'footer', 'header', 'form', 'menu'];

/** Whole texts of labels that are never content (ads, "continue below" markers, skip links). */
export const LABEL_TEXT =
  /^(advertisements?|advert|ads?|sponsored( content| links?)?|promoted( content| stories)?|paid (content|post)|publicit[ée]|anzeige|werbung|publicidad|pubblicit[àa]|reklame|реклама|广告|광고|広告|(advertisement|article|story|content) continues below( (this )?(ad|advertisement))?|(continue|keep) reading( below| the main story)?|continue reading below|caption|captions|hide caption|show caption|toggle caption|expand|collapse|image \\d+ of \\d+|photo \\d+ of \\d+|scroll (down )?to continue( reading)?|skip (to )?(main )?content|skip (this )?ad(vertisement)?|loading( comments)?…?\.{0,3}|(this|the) (slideshow|gallery|video|content|page|feature) requires javascript\.?|(please )?enable javascript.{0,60}|javascript is (disabled|required).{0,60}|your browser does not support.{0,60}|media playback is unsupported on your device|close|share( this)?( article| story| post)?|print( this)?( article| page)?|email|tweet|facebook|twitter|whatsapp|linkedin|pinterest|reddit)$/i;

/**
 * Labels that start an inline promo ("Read more: …", "Related: …", "ALSO ON site.com …"), in a
 * few languages. A block starting this way and made mostly of links is a promo, not body text.
 */
export const PROMO_LEAD =
  /^(read|see|watch|listen|also read|read also|also see|see also|read more|more|related|related (article|articles|story|stories|content|coverage|post|posts|link|links|news|reading|video)|recommended( reading)?|don['’]t miss|must read|read next|up next|next up|trending( now)?|further reading|more (on|from|about) [^:]{1,40}|also on [\w.-]+|on [\w-]+\.(com|net|org|co\.uk)|you (may|might) also like|click here|lire aussi|à lire aussi|a lire aussi|voir aussi|leia (também|mais)|veja também|lea también|lee también|ver también|mehr zum thema|auch interessant|lesen sie auch|leggi anche|vedi anche|читайте также|смотрите также|читайте також)\s*[:：|>»–—-]/i;

/** Whole texts of promo links that stand alone in a paragraph. */
export const PROMO_WHOLE = /^(read more|read the full (story|article)|continue reading|more|see more|view more|click here|more stories|related stories|related articles|see also)\s*[.…»>]*$/i;

/**
 * Lines that end articles without being part of them: credits, contact lines, bios, app and
 * newsletter pitches. Tested on short trailing blocks only.
 */
export const TAIL_TEXT =
  /(contributed (to )?(this )?(report|story|article)|reach the (reporters?|writers?|author)|(can|may) be reached (at|by)|follow (him|her|them|us|me)? ?on (twitter|facebook|instagram|x)\b|^follow @|about the author|get the .{0,40} app|download (the|our) app|sign up (for|to)|subscribe (to|for|now)|newsletter|like this (story|article)|share (it|this) with|more great .{0,30} stories|^(trending|most (read|popular)|popular now|more from|related)\b|have a (news )?tip|send (us )?(a )?tip|all rights reserved|^©|^copyright\b|^___+$|^[—–-]{3,}$|^(tags?|filed under|categories|topics)\s*:|comments? (are|will be|is) (moderated|reviewed|closed)|moderat\w* (all )?comments|coment[aá]rios?|commentaires?|kommentare?|commenti|комментари|отзыв|if you enjoyed this (article|story|post)|support (our|independent) journalism)/i;

/**
 * Calls to action that end real paragraphs too ("… leave a comment and tell us"), so they only
 * count as boilerplate on short trailing lines.
 */
export const TAIL_CTA = /(click here|tell us what you think|leave a (comment|reply)|post a comment|join the (conversation|discussion)|let us know in the comments)/i;

/** Short labels that head a block of links to other articles ("You may also like", "Related"). */
export const RELATED_HEAD =
  /^(related|related (articles?|stories|posts?|content|coverage|news|reading|links?|videos?)|you (may|might) (also )?(like|enjoy)|(we )?recommended?( for you| reading)?|read (next|more|also)|also read|see also|more (stories|articles|news|to explore|like this|on this( topic| story)?|from .{1,40})|further reading|popular( now| stories)?|most (read|popular|viewed)|trending( now| stories)?|latest (news|stories|articles)|top stories|don['’]t miss|up next|what to read next|keep reading|lire aussi|à lire aussi|sur le même sujet|dans la même rubrique|leia também|veja também|notícias relacionadas|artículos relacionados|noticias relacionadas|te puede interesar|mehr zum thema|das könnte sie auch interessieren|ähnliche artikel|articoli correlati|potrebbe interessarti|читайте также|похожие (статьи|материалы)|самые популярные.{0,30}|関連記事|相关文章|相關文章|관련 기사)\s*[:.…]*$/i;

/** A block that is only a site's address ("www.example.com", "AS - example.com"), a signature line. */
export const DOMAIN_ONLY = /^[\p{L}\s.&-]{0,24}[-–—:]?\s*(https?:\/\/)?(www\.)?[\w-]+(\.[\w-]+)+\/?$/iu;

/** Caption and credit markers inside bodies; their text stays in the HTML but not in `text`. */
export const CAPTION_TOKENS = /(^|[\s_-])(caption|captions|credit|credits|photo-?credit|image-?credit|wp-caption-text|media-?caption|img-?caption|figcaption|copyright)([\s_-]|$)/i;

/** Splits a class/id string into lower-case tokens at spaces, `-`, `_`, `:` and camelCase humps. */
export function classTokens(value: string): string[] {
  const out: string[] = [];
  for (const raw of value.split(/[^A-Za-z0-9]+/)) {
    if (!raw) continue;
    // Split real camelCase words (shareBar, relatedPosts) but not generated hashes (hJpRRP, eAdX9).
    if (/^[a-z]{2,}(?:[A-Z][a-z]{1,})+$/.test(raw)) {
      for (const part of raw.replace(/([a-z])([A-Z])/g, '$1 $2').split(' ')) out.push(part.toLowerCase());
    } else {
      out.push(raw.toLowerCase());
    }
  }
  return out;
}
