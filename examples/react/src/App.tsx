import { useState } from 'react';
import type { MfaMethod } from '@bakertilly/espace-client-auth';
import type { SignInConfig } from './config.ts';

const METHOD_NAMES: Record<MfaMethod, string> = { authenticator: 'Microsoft Authenticator', sms: 'SMS' };

export function App({ config }: { config: SignInConfig }) {
  // The app's own state, fed by the elements' events.
  const [method, setMethod] = useState<MfaMethod>();
  const [customer, setCustomer] = useState<string>();

  return (
    // Properties set from React; every element that signs in is inside the provider.
    <bt-auth-provider
      clientId={config.clientId}
      authority={config.authority}
      knownAuthorities={config.knownAuthorities}
      protocolMode={config.protocolMode}
    >
      <header>
        <p>Baker Tilly · Espace Client</p>
        <bt-signin-button
          menuAlign="end"
          onbt-signed-in={(event) => setCustomer(event.detail.account.name)}
          onbt-signed-out={() => setCustomer(undefined)}
        />
      </header>
      <main>
        <h1>Espace Client</h1>
        {customer && <p>Bienvenue, {customer}.</p>}
        <bt-mfa-method-chooser headingLevel={2} onbt-mfa-method-selected={(event) => setMethod(event.detail.method)} />
        <p role="status">{method ? `Méthode choisie : ${METHOD_NAMES[method]}.` : 'Aucune méthode choisie.'}</p>
        <section aria-labelledby="help">
          <h2 id="help">Aide</h2>
          <bt-signin-faq headingLevel={3} />
        </section>
        <section aria-labelledby="lost-phone">
          <h2 id="lost-phone">Téléphone perdu ou volé</h2>
          <bt-lost-phone-card
            headingLevel={3}
            phone="01 23 45 67 89"
            email="service.client@bakertilly.fr"
            hours="Mo-Fr 09:00-12:30,14:00-18:00; Sa 09:00-12:00"
          />
        </section>
      </main>
    </bt-auth-provider>
  );
}
