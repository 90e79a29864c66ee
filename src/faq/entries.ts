import { msg } from '@lit/localize';

/** The FAQ's three groups, as in the customer FAQ. */
export type FaqTopic = 'account' | 'phone' | 'journey';

export const FAQ_TOPICS: readonly FaqTopic[] = ['account', 'phone', 'journey'];

/**
 * One question of the customer FAQ. Texts are functions so that they follow the active locale;
 * answers are plain paragraphs (never markup), so that the firm can edit them here, in one place.
 */
export interface FaqEntry {
  /** Stable identifier: the deep link is `#faq-<id>`. */
  readonly id: string;
  readonly topic: FaqTopic;
  question(): string;
  answer(): readonly string[];
  /** Words customers may search with that the texts do not contain. */
  keywords?(): string;
  /** The answer ends with a button that calls customer service (when the help centre has its `phone`). */
  readonly call?: boolean;
}

export function faqTopicTitle(topic: FaqTopic): string {
  switch (topic) {
    case 'account':
      return msg('Compte Microsoft');
    case 'phone':
      return msg('Utilisation du téléphone');
    case 'journey':
      return msg('Les étapes du parcours de connexion');
  }
}

export const FAQ_ENTRIES: readonly FaqEntry[] = [
  {
    id: 'account-required',
    topic: 'account',
    keywords: () => msg('obligatoire, imposé, refuser, sans compte Microsoft, pas le choix'),
    question: () => msg('Suis-je obligé de créer ce compte Microsoft ?'),
    answer: () => [
      msg(
        'Oui, c’est la seule possibilité pour vous permettre l’accès à notre environnement. Sans cette action, vous ne pourrez plus vous connecter à votre Espace Client. Nous mettons en place cette évolution technique pour renforcer la sécurité de vos données.',
      ),
    ],
  },
  {
    id: 'new-mailbox',
    topic: 'account',
    keywords: () => msg('nouvelle adresse e-mail, adresse Outlook, Hotmail, changer d’adresse'),
    question: () =>
      msg('Est-ce que le fait de créer un compte Microsoft signifie que j’aurai une nouvelle boîte mail ?'),
    answer: () => [
      msg(
        'Non. La création d’un compte vous permettra juste de vous connecter à notre environnement technique Microsoft. En d’autres termes, ce compte fera le lien entre votre adresse mail habituelle et notre environnement.',
      ),
    ],
  },
  {
    id: 'existing-account',
    topic: 'account',
    keywords: () => msg('compte existant, déjà inscrit, Outlook, Hotmail, Live, Xbox'),
    question: () => msg('J’ai déjà un compte Microsoft, est-ce que cela va poser problème ?'),
    answer: () => [
      msg(
        'Non, pas du tout, vous pourrez utiliser votre compte existant. Il ne vous restera plus qu’à paramétrer la double authentification avec votre téléphone.',
      ),
    ],
  },
  {
    id: 'why-phone',
    topic: 'phone',
    keywords: () => msg('numéro de téléphone, portable'),
    question: () => msg('Pourquoi dois-je utiliser mon téléphone pour créer ce compte Microsoft ?'),
    answer: () => [
      msg(
        'Votre téléphone permet de sécuriser davantage votre connexion par une « double authentification » : la première via votre ordinateur, puis une seconde grâce à votre téléphone (via l’application Microsoft Authenticator ou par SMS).',
      ),
    ],
  },
  {
    id: 'two-factor-purpose',
    topic: 'phone',
    keywords: () => msg('deux facteurs, deux étapes, sécurité, piratage, utilité'),
    question: () => msg('À quoi sert la double authentification ?'),
    answer: () => [
      msg(
        'L’utilisation d’une double authentification diminue les risques d’une cyberattaque et limite les vols de données personnelles ou professionnelles.',
      ),
    ],
  },
  {
    id: 'authenticator-purpose',
    topic: 'phone',
    keywords: () => msg('appli, notification, approuver, utilité'),
    question: () => msg('À quoi sert l’application Microsoft Authenticator ?'),
    answer: () => [
      msg(
        'L’application Microsoft Authenticator est un moyen sécurisé et pratique de prouver qui vous êtes. Vous pouvez l’utiliser comme moyen de double authentification, avec l’envoi d’une notification à valider, et/ou comme moyen de vous connecter si vous oubliez votre mot de passe.',
      ),
    ],
  },
  {
    id: 'authenticator-required',
    topic: 'phone',
    keywords: () => msg('installer, appli, SMS, texto, code, sans application'),
    question: () => msg('Suis-je obligé de télécharger l’application Microsoft Authenticator ?'),
    answer: () => [
      msg(
        'Nous vous recommandons fortement de la télécharger, car elle offre aujourd’hui le plus haut degré de sécurité sur les données de connexion. L’application se télécharge à partir de l’App Store (iPhone) ou du Play Store (Android).',
      ),
      msg(
        'Vous pouvez néanmoins choisir le SMS comme mode de double authentification. En revanche, cette méthode étant moins sécurisée, elle tend à être supprimée.',
      ),
    ],
  },
  {
    id: 'lost-phone',
    topic: 'phone',
    call: true,
    keywords: () => msg('téléphone perdu, volé, cassé, nouveau téléphone, changer de téléphone'),
    question: () => msg('Comment faire si je perds ou qu’on me vole mon téléphone ?'),
    answer: () => [
      msg(
        'En cas de perte ou de vol de votre téléphone, contactez au plus vite le service client, qui pourra supprimer les données liées à votre double authentification et en paramétrer de nouvelles avec vous. Ainsi, même si quelqu’un découvrait votre mot de passe et détenait votre téléphone, il ne pourrait pas aller plus loin.',
      ),
    ],
  },
  {
    id: 'personal-phone',
    topic: 'phone',
    keywords: () => msg('téléphone personnel, portable perso, employeur'),
    question: () => msg('Je n’ai pas de téléphone professionnel, comment faire ?'),
    answer: () => [
      msg(
        'L’utilisation du téléphone pour la double authentification n’entraînant aucun frais supplémentaire, l’utilisation du téléphone personnel est possible. Le recours au téléphone personnel pendant les heures de travail n’est pas interdit par le Code du travail, sauf pour des situations de travail particulières (conduite, travail posté, travaux en hauteur) (C. trav. art. L. 1121-1).',
      ),
    ],
  },
  {
    id: 'one-time',
    topic: 'journey',
    keywords: () => msg('chaque connexion, toujours, ensuite'),
    question: () =>
      msg('Dois-je refaire le parcours de connexion à chaque fois que je veux accéder à l’Espace Client ?'),
    answer: () => [
      msg(
        'Non, le parcours de connexion avec la création du compte Microsoft est à faire une seule fois. Pour accéder à l’Espace Client, vous utiliserez ensuite votre adresse mail habituelle et le mot de passe que vous aurez configuré lors de la création de votre compte.',
      ),
    ],
  },
  {
    id: 'which-password',
    topic: 'journey',
    keywords: () => msg('mot de passe oublié, ancien mot de passe'),
    question: () => msg('Quel mot de passe dois-je utiliser ?'),
    answer: () => [
      msg(
        'Lors de la création du compte Microsoft, il vous sera demandé de configurer un mot de passe. Vous pouvez choisir celui que vous voulez. Pour plus de simplicité, vous pouvez reprendre celui que vous utilisiez auparavant pour vous connecter à l’Espace Client.',
      ),
    ],
  },
  {
    id: 'data',
    topic: 'journey',
    keywords: () => msg('RGPD, confidentialité, stockées, hébergées, vie privée, accès'),
    question: () => msg('Où vont mes données ?'),
    answer: () => [
      msg('Toutes les données générées dans le cadre de la connexion à l’Espace Client sont gérées par Baker Tilly.'),
    ],
  },
  {
    id: 'apple',
    topic: 'journey',
    keywords: () => msg('compatible, Mac, iPad, marche, fonctionne'),
    question: () => msg('Est-ce que le fait d’utiliser un produit Apple (MacBook Pro, iPhone, iPad…) pose problème ?'),
    answer: () => [msg('Absolument pas. Il n’y a aucune incompatibilité avec iOS.')],
  },
  {
    id: 'deadline',
    topic: 'journey',
    keywords: () =>
      msg(
        'lien expiré, lien périmé, plus valable, ne marche plus, nouveau lien, renvoyer le lien, délai, combien de temps, jusqu’à quand',
      ),
    question: () => msg('Est-ce qu’il y a une date limite pour faire cette action ?'),
    answer: () => [
      msg(
        'Le lien d’activation contenu dans l’e-mail a une durée de validité d’un mois. Mais nous pouvons à tout moment le régénérer afin de vous permettre de paramétrer votre compte au-delà de ce délai.',
      ),
    ],
  },
];
