import { expect } from '@open-wc/testing';
import { HttpActivationService } from '../../src/activation/activation-service.js';
import { formatWait } from '../../src/activation/new-link-request.js';

const TOKEN = 'Tk'.repeat(21) + 'x';

/** Replaces fetch for one test, recording each request. */
function stubFetch(answer: (request: Request) => Response) {
  const original = globalThis.fetch;
  const requests: Request[] = [];
  globalThis.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
    const request = new Request(input, init);
    requests.push(request);
    return Promise.resolve(answer(request));
  };
  return { requests, restore: () => (globalThis.fetch = original) };
}

describe('HttpActivationService', () => {
  it('looks a token up with a JSON POST: the token is in no URL', async () => {
    const stub = stubFetch(() => Response.json({ status: 'unknown' }, { status: 404 }));
    try {
      const lookup = await new HttpActivationService('https://service.example/api/activations').lookup(TOKEN);
      expect(lookup).to.deep.equal({ kind: 'unknown' });
      const [request] = stub.requests;
      expect(request.method).to.equal('POST');
      expect(request.url).to.equal('https://service.example/api/activations/lookup');
      expect(request.url).to.not.contain(TOKEN);
      expect(request.headers.get('content-type')).to.equal('application/json');
      expect(request.credentials).to.equal('omit');
      expect(await request.json()).to.deep.equal({ token: TOKEN });
    } finally {
      stub.restore();
    }
  });

  it('asks for a new link with JSON, and reads the wait of a 429 from the body when Retry-After is hidden', async () => {
    const stub = stubFetch(() => Response.json({ error: 'too_many_requests', retryAfter: 598 }, { status: 429 }));
    try {
      const result = await new HttpActivationService('https://service.example/api/activations').requestNewLink(
        'camille.martin@example.fr',
      );
      expect(result).to.deep.equal({ kind: 'rate-limited', retryAfterSeconds: 598 });
      const [request] = stub.requests;
      expect(request.method).to.equal('POST');
      expect(request.url).to.equal('https://service.example/api/activations');
      expect(request.headers.get('content-type')).to.equal('application/json');
      expect(await request.json()).to.deep.equal({ email: 'camille.martin@example.fr' });
    } finally {
      stub.restore();
    }
  });
});

describe('formatWait', () => {
  it('says a wait in the unit a person would use, rounded up', () => {
    expect(formatWait(598)).to.equal('10\u00a0min');
    expect(formatWait(45)).to.equal('45\u00a0s');
    expect(formatWait(0.2)).to.equal('1\u00a0s');
    expect(formatWait(60)).to.equal('1\u00a0min');
    expect(formatWait(3601)).to.equal('2\u00a0h');
  });
});
