/**
 * Article furniture: the words that mark what frames a story without being part of it — photo
 * captions and credits, bylines, teasers and links to other stories, page notices left by a web
 * page. General newsroom usage, matched case-insensitively by the frame (`frame/furniture.ts`).
 */
import { canonicalOrganization, isNewsAgency, organizationCategory } from './organizations';
import { wordSet } from './registry';
import { lazy, lowerSet } from './util';

/** Labels that open a photo caption: "FILE PHOTO: Commuters wait …". */
export const CAPTION_LABELS = wordSet(
  'furniture.captionLabels',
  'File photo|File picture|File image|Pictured|Above|Top photo|In pictures|Image caption|Media caption|Caption',
);

/** Labels that open a photo or image credit: "Image: Name.", "Photo: Name/Agency", "Photo credit: …". */
export const CREDIT_LABELS = wordSet(
  'furniture.creditLabels',
  'Image|Images|Photo|Photos|Photograph|Photographs|Picture|Pictures|Credit|Credits|Photo credit|Image credit|Image source|' +
    'Picture credit|Photo by|Photos by|Photograph by|Photography by|Pictures by|Image by|Illustration|Illustration by|' +
    'Graphic|Graphics|Source|Video',
);

/**
 * Words of a credit that name no one: "Pool", "File Photo", "Handout", "via", "courtesy of". Lower
 * case here; a credit's name part is what is left when they are taken away.
 */
export const CREDIT_WORDS = wordSet(
  'furniture.creditWords',
  'pool|pool photo|file|file photo|file picture|file image|photo|photos|handout|handout photo|via|courtesy|courtesy of|' +
    'for|staff|staff photographer|photographer|stringer|agency|contributor|contributors|illustration|screenshot|screengrab|' +
    'video grab|still|et al.|et al|and|/',
);

/**
 * Picture agencies and the photo desks of news agencies as they sign credits ("Getty Images",
 * "AP Photo", "EPA-EFE"); news agencies themselves are in `organizations.agencies`.
 */
export const PICTURE_AGENCIES = wordSet(
  'furniture.pictureAgencies',
  'Getty Images|Getty|AP Photo|AP Images|AFP Photo|EPA|EPA-EFE|Shutterstock|Alamy|Sipa|Sipa USA|ZUMA|ZUMA Wire|' +
    'ZUMA Press|NurPhoto|SOPA Images|LightRocket|Anadolu Agency via Getty Images|Reuters TV|Reuters Pictures|' +
    'Bloomberg via Getty Images|Pool|Handout|Wikimedia Commons|Flickr|Unsplash|Xinhua via Getty Images',
);

/** Labels that open a byline or a reporting credit: "By Name", "(Reporting by …; Editing by …)". */
export const BYLINE_LABELS = wordSet(
  'furniture.bylineLabels',
  'Reporting by|Additional reporting by|Reporting and writing by|Writing by|Written by|Editing by|Edited by|' +
    'Compiled by|Research by|Additional research by|Produced by|Story by|Words by|Text by|Contributing|' +
    'Contributing reporters|Contributing writers|Contributing reporting by|Fact-checking by|Graphics by',
);

/** Words a byline line may hold beside names: "By Name and Name, Staff Writer". */
export const BYLINE_WORDS = wordSet(
  'furniture.bylineWords',
  'and|in|of|the|for|at|from|de|van|von|da|di|du|la|le|del|updated|published|staff|writer|reporter|correspondent|' +
    'editor|am|pm|a.m.|p.m.',
);

/** What a journalist is, in a credit line: "Associated Press writers … contributed", "Ana Ruiz is a reporter for …". */
export const JOURNALIST_WORDS = wordSet(
  'furniture.journalistWords',
  'reporter|reporters|writer|writers|correspondent|correspondents|editor|editors|columnist|journalist|journalists|' +
    'contributor|producer|producers|photographer|photographers|photojournalist|videographer|researcher',
);

/** Labels of a teaser or a link to another story: "READ MORE: …", "WATCH: …", "Related: …". */
export const TEASER_LABELS = wordSet(
  'furniture.teaserLabels',
  'Read more|Read also|Also read|More|More on this story|See also|See more|Related|Related story|Related stories|' +
    'Related articles|Related coverage|Related content|Recommended|Watch|Watch live|Listen|Must read|Top stories|' +
    "Trending|Latest|Also on|Explainer|Opinion|Factbox|Don’t miss|Don't miss|Further reading|Sign up|Click here",
);

/** Promotions that open a line in capitals without a colon: "CLICK HERE TO GET THE APP". */
export const PROMOTION_LABELS = wordSet('furniture.promotionLabels', 'Click here|Sign up|Subscribe to|Download the');

/** Lines a web page leaves in the text: "Article Continued Below", "Advertisement". */
export const PAGE_NOTICES = wordSet(
  'furniture.pageNotices',
  'Article continued below|Article continues below|Story continues below|Story continues below advertisement|' +
    'Continue reading|Continue reading below|Continue reading the main story|Advertisement|Skip advertisement|' +
    'Supported by|Share this article|Share|Share this|Read full article|Scroll to continue|Scroll to continue with content|' +
    'Sponsored|Sponsored content|Subscribe|Subscribe now|Sign up for our newsletter|Loading|Loading...|' +
    'Click to expand|Enlarge this image|Toggle caption|Hide caption|Show caption|View gallery|Open image in gallery|' +
    'Our Standards: The Thomson Reuters Trust Principles|Get the latest news|Listen to this article',
);

const pictureAgenciesLower = lazy(() => lowerSet(PICTURE_AGENCIES));

/** Who signs a photo or a byline: a news agency, a picture agency or a news outlet ("REUTERS", "Getty Images", "The Washington Post"). */
export function isCreditAgency(phrase: string): boolean {
  if (isNewsAgency(phrase) || isNewsAgency(phrase, true) || pictureAgenciesLower().has(phrase.toLowerCase())) return true;
  const org = canonicalOrganization(phrase, true);
  return !!org && organizationCategory.get(org) === 'media';
}
