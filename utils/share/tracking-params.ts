/**
 * Query parameters that only say how a reader arrived (campaign, click and share ids) and never
 * what page they asked for. A shared link drops them: they identify the sharer, make the same
 * article look like many URLs, and leak which newsletter or ad someone clicked.
 *
 * The list is deliberately conservative: a parameter is listed only when it is a documented
 * tracker of an analytics, ads, email or social platform. Anything else (page numbers, ids,
 * search terms, `v=` on video sites) is kept, because removing it could change the page.
 * Names are compared case-insensitively.
 */

/** Prefixes: every parameter whose name starts with one of these is a tracker. */
export const TRACKING_PARAM_PREFIXES: readonly string[] = [
  'utm_', // Google Analytics campaign tags (utm_source, utm_medium, utm_campaign, utm_term, utm_content, utm_id…)
  'vero_', // Vero email (vero_conv, vero_id)
  'oly_', // Omeda (oly_anon_id, oly_enc_id)
  'pk_', // Matomo/Piwik campaigns (pk_campaign, pk_kwd, pk_source…)
  'mtm_', // Matomo campaigns (mtm_campaign, mtm_source…)
  'hsa_', // HubSpot ads (hsa_acc, hsa_cam, hsa_grp…)
  '__hs', // HubSpot (__hssc, __hstc, __hsfp)
  'at_', // AT Internet / Piano (at_medium, at_campaign, at_link_id…)
  'ns_', // Comscore (ns_mchannel, ns_source, ns_campaign, ns_linkname)
  'itm_', // internal campaign tags used by many publishers (itm_source, itm_medium, itm_campaign)
  'stm_', // stm_source, stm_medium…
  'trk_', // Listrak (trk_contact, trk_msg, trk_module, trk_sid)
  'fb_action_', // Facebook legacy share ids (fb_action_ids, fb_action_types)
  '_branch_', // Branch deep links (_branch_match_id, _branch_referrer)
  'guce_', // Yahoo consent redirect (guce_referrer, guce_referrer_sig)
];

/** Exact names. */
export const TRACKING_PARAM_NAMES: readonly string[] = [
  // Ad click ids
  'fbclid', // Facebook
  'gclid', // Google Ads
  'gclsrc', // Google Ads
  'dclid', // Google Display (DoubleClick)
  'gbraid', // Google Ads (iOS)
  'wbraid', // Google Ads (iOS)
  'msclkid', // Microsoft Advertising
  'yclid', // Yandex
  'ysclid', // Yandex
  'twclid', // X / Twitter ads
  'ttclid', // TikTok
  'li_fat_id', // LinkedIn
  'epik', // Pinterest
  'irclickid', // Impact
  'rb_clid', // Rollbar-style click ids
  'wickedid', // Wicked Reports
  's_cid', // Adobe Analytics campaign
  '_openstat', // Openstat
  // Email platforms
  'mc_cid', // Mailchimp campaign
  'mc_eid', // Mailchimp subscriber
  '_hsenc', // HubSpot email
  '_hsmi', // HubSpot email
  'hsctatracking', // HubSpot CTA
  'mkt_tok', // Marketo
  'mbid', // Condé Nast / Mailchimp member id
  'cndid', // Condé Nast subscriber id
  '_bta_tid', // Bronto
  '_bta_c', // Bronto
  'sc_cid', // Sitecore campaign
  // Social share ids
  'igshid', // Instagram
  'igsh', // Instagram
  'ref_src', // X / Twitter
  'ref_url', // X / Twitter
  'fb_ref', // Facebook
  'fb_source', // Facebook
  'soc_src', // Condé Nast social
  'soc_trk', // Condé Nast social
  'smid', // New York Times share id
  'smtyp', // New York Times share type
  'ocid', // Microsoft Start / MSN
  'sr_share', // share-button trackers
  // Analytics and cross-domain linkers
  '_ga', // Google Analytics linker
  '_gl', // Google Analytics linker
  'spm', // Alibaba / Taobao page tracking
  'scm', // Alibaba / Taobao
  'xtor', // AT Internet
  'echobox', // Echobox social autopost
  'guccounter', // Yahoo consent redirect
  'wt.mc_id', // Webtrends / Microsoft
  'wt_mc', // Webtrends
  'wt_zmc', // Webtrends
];

const exact = new Set(TRACKING_PARAM_NAMES);

/** Whether a query parameter name (raw or decoded) is a known tracker. */
export function isTrackingParam(name: string): boolean {
  const key = name.trim().toLowerCase();
  if (!key) return false;
  return exact.has(key) || TRACKING_PARAM_PREFIXES.some((prefix) => key.startsWith(prefix));
}
