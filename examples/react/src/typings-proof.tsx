// Proof that the generated typings (`@bakertilly/espace-client-auth/react`) check what the app
// passes: `tsc -b` fails on an unused `@ts-expect-error`, so each line below must stay an error,
// and the typings cannot quietly decay to `any`. Type-checked only; the app does not import it.
import type {} from '@bakertilly/espace-client-auth/react';

type MethodEvent = CustomEvent<{ method: string }>;
type StepEvent = CustomEvent<{ step: string }>;
const log = (value: unknown) => console.log(value);

// @ts-expect-error `headingLevel` is 2, 3 or 4.
export const wrongHeadingLevel = <bt-mfa-method-chooser headingLevel={7} />;

// @ts-expect-error `protocolMode` is 'AAD' or 'OIDC'.
export const wrongProtocolMode = <bt-auth-provider protocolMode="SAML" />;

// @ts-expect-error the detail of `bt-mfa-method-selected` is `{ method }`, not `{ step }`.
export const wrongDetail = <bt-mfa-method-chooser onbt-mfa-method-selected={(event: StepEvent) => log(event)} />;

// @ts-expect-error `bt-signed-in` carries `{ account }`, not `{ method }`.
export const wrongEvent = <bt-signin-button onbt-signed-in={(event: MethodEvent) => log(event)} />;

export const inferredDetail = (
  <bt-mfa-method-chooser
    onbt-mfa-method-selected={(event) => {
      // @ts-expect-error `detail.method` is a `MfaMethod`, not a number.
      const method: number = event.detail.method;
      log(method);
    }}
  />
);
