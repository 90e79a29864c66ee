import { CUSTOM_ELEMENTS_SCHEMA, Component, DestroyRef, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { MsalBroadcastService, MsalService } from '@azure/msal-angular';
import {
  EventType,
  InteractionStatus,
  type AccountInfo,
  type AuthenticationResult,
} from '@azure/msal-browser';
import { filter } from 'rxjs';

@Component({
  selector: 'app-root',
  // The `bt-*` elements are custom elements: Angular passes `[msalInstance]` through unchecked.
  schemas: [CUSTOM_ELEMENTS_SCHEMA],
  templateUrl: './app.html',
})
export class App {
  /** msal-angular's client, the one the elements are given too. */
  protected readonly msal = inject(MsalService);
  /** The app's own view of its MSAL session, kept by msal-angular's events. */
  protected readonly account = signal<AccountInfo | null>(null);
  protected readonly idle = signal(false);

  constructor() {
    const broadcast = inject(MsalBroadcastService);
    const destroyRef = inject(DestroyRef);
    // The app handles the redirect response (as MsalRedirectComponent does in module apps); the
    // elements share that one result.
    this.msal.handleRedirectObservable().pipe(takeUntilDestroyed(destroyRef)).subscribe();
    broadcast.msalSubject$.pipe(takeUntilDestroyed(destroyRef)).subscribe((event) => {
      const account = (event.payload as AuthenticationResult | null)?.account;
      if (event.eventType === EventType.LOGIN_SUCCESS && account) {
        this.msal.instance.setActiveAccount(account);
      }
      this.refresh();
    });
    broadcast.inProgress$
      .pipe(
        filter((status) => status === InteractionStatus.None),
        takeUntilDestroyed(destroyRef),
      )
      .subscribe(() => {
        this.idle.set(true);
        this.refresh();
      });
  }

  protected signIn(): void {
    this.idle.set(false);
    this.msal.loginRedirect({ scopes: [] }).subscribe();
  }

  protected signOut(account: AccountInfo): void {
    this.idle.set(false);
    // The id token tells a standard OpenID provider which client to return to.
    this.msal.logoutRedirect({ account, idTokenHint: account.idToken }).subscribe();
  }

  private refresh() {
    const { instance } = this.msal;
    this.account.set(instance.getActiveAccount() ?? instance.getAllAccounts()[0] ?? null);
  }
}
