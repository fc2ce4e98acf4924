'use client';
// The site-exception request form. It posts to a server function, so it works without
// JavaScript (the page comes back with the errors, the warning or the letter).
import { useActionState, useEffect, useRef, type ReactNode } from 'react';

import type { RawRequest } from '@/lib/letter/form';

import { prepareLetter, type RequestState } from '../request/actions';
import { LetterView } from './letter-view';

export type IspChoice = { slug: string; name: string; group: string };
type Option = { id: string; label: string };

type Props = {
  initial: RawRequest;
  isps: ReadonlyArray<IspChoice>;
  connections: ReadonlyArray<Option>;
  servers: ReadonlyArray<Option>;
  relayHost: string;
  /** Whether relayHost accepts port 25, so it can be named as the port 25 destination. */
  relayOn25: boolean;
};

const kinds: ReadonlyArray<Option> = [
  { id: 'transactional', label: 'Transactional (orders, receipts, password resets)' },
  { id: 'internal', label: 'Internal notifications' },
  { id: 'correspondence', label: 'Everyday business correspondence' },
  { id: 'newsletters', label: 'Newsletters to people who asked for them' },
];

const assurances: ReadonlyArray<Option> = [
  { id: 'no-open-relay', label: 'The server is not an open relay (we tested that it refuses to relay for outsiders)' },
  { id: 'authenticated-staff', label: 'Staff send only with a user name and password (authenticated submission)' },
  { id: 'spf-dkim-dmarc', label: 'Our domain publishes SPF, DKIM and DMARC' },
  { id: 'abuse-contact', label: 'Abuse reports to our email address are read and acted on' },
  { id: 'monitoring', label: 'We monitor the mail queue and logs' },
  { id: 'aup', label: "We accept the provider's acceptable use policy and re-blocking if we send spam" },
];

const labels: Record<string, string> = {
  business: 'Business or customer name',
  contact: 'Contact person',
  email: 'Email',
  phone: 'Phone',
  account: 'Account number with your provider',
  address: 'Service address',
  isp: 'Internet provider',
  ispName: 'Name of your internet provider',
  connection: 'Kind of connection',
  ip: 'Public static IP address',
  hostname: 'Mail server host name',
  ptr: 'Reverse DNS',
  server: 'Mail server software',
  serverVersion: 'Version',
  volume: 'Messages a day (about)',
  kinds: 'Kind of mail',
  destinations: 'Where it needs port 25',
  relayHosts: 'Relay host names',
  justification: 'Why the server cannot use a relay on 587, 465 or 2525',
};

function one(raw: RawRequest, key: string): string {
  const v = raw[key];
  return Array.isArray(v) ? (v[0] ?? '') : (v ?? '');
}

function many(raw: RawRequest, key: string): Array<string> {
  const v = raw[key];
  return Array.isArray(v) ? v : v === undefined ? [] : [v];
}

export function RequestForm({ initial, isps, connections, servers, relayHost, relayOn25 }: Props) {
  const [state, formAction, pending] = useActionState<RequestState, FormData>(prepareLetter, {});
  const raw = state.raw ?? initial;
  const errors = state.errors ?? {};
  const focusRef = useRef<RequestState>(state);
  useEffect(() => {
    if (state === focusRef.current) {
      return;
    }
    focusRef.current = state;
    const target = state.letter ? 'letter-title' : state.warning ? 'dynamic-title' : 'error-summary';
    document.getElementById(target)?.focus();
  }, [state]);

  const described = (name: string, hint?: boolean) =>
    [hint ? `${name}-hint` : '', errors[name] ? `${name}-error` : ''].filter(Boolean).join(' ') || undefined;
  const error = (name: string) =>
    errors[name] ? (
      <p id={`${name}-error`} className="field-error">
        {errors[name]}
      </p>
    ) : null;
  const text = (
    name: string,
    options: { type?: string; hint?: ReactNode; required?: boolean; autoComplete?: string } = {},
  ) => (
    <div className="field">
      <label htmlFor={`f-${name}`}>
        {labels[name]}
        {options.required === false ? <span className="optional"> (optional)</span> : null}
      </label>
      {options.hint ? (
        <p id={`${name}-hint`} className="hint">
          {options.hint}
        </p>
      ) : null}
      {error(name)}
      <input
        id={`f-${name}`}
        name={name}
        type={options.type ?? 'text'}
        defaultValue={one(raw, name)}
        required={options.required !== false}
        autoComplete={options.autoComplete ?? 'off'}
        aria-invalid={errors[name] ? true : undefined}
        aria-describedby={described(name, Boolean(options.hint))}
      />
    </div>
  );
  const choice = (name: string, type: 'radio' | 'checkbox', options: ReadonlyArray<Option>, hint?: ReactNode) => (
    <fieldset
      className="field"
      id={`f-${name}`}
      aria-invalid={errors[name] ? true : undefined}
      aria-describedby={described(name, Boolean(hint))}
    >
      <legend>{labels[name]}</legend>
      {hint ? (
        <p id={`${name}-hint`} className="hint">
          {hint}
        </p>
      ) : null}
      {error(name)}
      {options.map((o) => (
        <div key={o.id} className="check">
          <input
            id={`f-${name}-${o.id}`}
            type={type}
            name={name}
            value={o.id}
            defaultChecked={many(raw, name).includes(o.id)}
          />
          <label htmlFor={`f-${name}-${o.id}`}>{o.label}</label>
        </div>
      ))}
    </fieldset>
  );
  const select = (name: string, options: ReadonlyArray<Option & { group?: string }>, placeholder: string) => {
    const groups = [...new Set(options.map((o) => o.group ?? ''))];
    return (
      <div className="field">
        <label htmlFor={`f-${name}`}>{labels[name]}</label>
        {error(name)}
        <select
          // React resets a form after its action returns, and a select goes back to the option that
          // was selected when it mounted: a new key mounts it again with the answer just sent.
          key={`${name}=${one(raw, name)}`}
          id={`f-${name}`}
          name={name}
          defaultValue={one(raw, name)}
          required
          aria-invalid={errors[name] ? true : undefined}
          aria-describedby={described(name)}
        >
          <option value="">{placeholder}</option>
          {groups.map((g) =>
            g === '' ? (
              options.map((o) => (
                <option key={o.id} value={o.id}>
                  {o.label}
                </option>
              ))
            ) : (
              <optgroup key={g} label={g}>
                {options
                  .filter((o) => o.group === g)
                  .map((o) => (
                    <option key={o.id} value={o.id}>
                      {o.label}
                    </option>
                  ))}
              </optgroup>
            ),
          )}
        </select>
      </div>
    );
  };
  const errorList = Object.entries(errors).filter(([, m]) => m);

  return (
    <>
      <form className="request-form no-print" action={formAction} noValidate>
        <div aria-live="polite">
          {errorList.length > 0 ? (
            <div className="error-summary" id="error-summary" tabIndex={-1} role="alert">
              <h2>Please check {errorList.length === 1 ? 'this answer' : `these ${errorList.length} answers`}</h2>
              <ul>
                {errorList.map(([name, message]) => (
                  <li key={name}>
                    <a href={`#f-${name}`}>
                      {labels[name] ?? name}: {message}
                    </a>
                  </li>
                ))}
              </ul>
            </div>
          ) : null}
        </div>

        <h2>About you</h2>
        {text('business', { autoComplete: 'organization' })}
        {text('contact', { autoComplete: 'name' })}
        {text('email', { type: 'email', autoComplete: 'email' })}
        {text('phone', { type: 'tel', required: false, autoComplete: 'tel' })}
        {text('account', { required: false, hint: "On your bill or in your provider's customer portal." })}
        <div className="field">
          <label htmlFor="f-address">{labels.address}</label>
          <p id="address-hint" className="hint">
            Where the connection and the server are.
          </p>
          {error('address')}
          <textarea
            id="f-address"
            name="address"
            rows={3}
            defaultValue={one(raw, 'address')}
            required
            autoComplete="street-address"
            aria-invalid={errors.address ? true : undefined}
            aria-describedby={described('address', true)}
          />
        </div>

        <h2>Your connection</h2>
        {select(
          'isp',
          [
            ...isps.map((i) => ({ id: i.slug, label: i.name, group: i.group })),
            { id: 'other', label: 'Other (type its name below)', group: 'Other' },
          ],
          'Choose your provider',
        )}
        {text('ispName', { required: false, hint: 'Only if you chose “Other”.' })}
        {select('connection', connections, 'Choose the kind of connection')}
        {text('ip', {
          hint: "The fixed address your provider gave you, not one starting 10., 192.168. or 172.16–31. Searching “what is my IP” from the server's network shows it.",
          autoComplete: 'off',
        })}
        {text('hostname', {
          hint: 'The full name the server uses when it greets other servers (HELO), such as mail.example.com.',
        })}
        {choice(
          'ptr',
          'radio',
          [
            { id: 'yes', label: "Already set: the IP address's reverse DNS is this host name" },
            { id: 'no', label: 'Not set yet: ask the provider to set it' },
            { id: 'unsure', label: 'Not sure: ask the provider to check' },
          ],
          <>
            Receivers refuse mail from addresses without matching reverse DNS.{' '}
            <a href="/articles/reverse-dns-ptr#check-your-ptr">How to check</a>
          </>,
        )}

        <h2>Your mail server</h2>
        {select('server', servers, 'Choose the software')}
        {text('serverVersion', { required: false })}
        {text('volume', { type: 'number' })}
        {choice('kinds', 'checkbox', kinds)}
        {choice(
          'destinations',
          'radio',
          [
            {
              id: 'relay-hosts',
              label: `Only a relay (the narrowest request)${relayOn25 ? `, such as ${relayHost}` : ''}`,
            },
            { id: 'any', label: 'Any mail server: it delivers straight to recipients' },
          ],
          'Providers open a narrow exception more readily.',
        )}
        {text('relayHosts', {
          required: false,
          hint: `Only for a relay: its host names, separated by commas${relayOn25 ? ` (for example ${relayHost})` : ''}.`,
        })}

        <h2>What you can promise</h2>
        {choice(
          'assurances',
          'checkbox',
          assurances,
          'The letter states only what you tick. Providers usually ask for all of these.',
        )}

        <h2>Why not a smart host?</h2>
        <div className="field">
          <label htmlFor="f-justification">{labels.justification}</label>
          <p id="justification-hint" className="hint">
            Most servers can relay through {relayHost} with a user name and password, which needs no exception:{' '}
            <a href="/articles/relay-through-smart-host">see how</a>. If yours cannot, say why, for example a device
            that only speaks plain SMTP on port 25.
          </p>
          {error('justification')}
          <textarea
            id="f-justification"
            name="justification"
            rows={4}
            defaultValue={one(raw, 'justification')}
            required
            aria-invalid={errors.justification ? true : undefined}
            aria-describedby={described('justification', true)}
          />
        </div>

        {state.warning ? (
          <section className="warning" aria-labelledby="dynamic-title">
            <h2 id="dynamic-title" tabIndex={-1}>
              Before you send this: a home or dynamic line
            </h2>
            <p>
              On this kind of connection, even if your provider opens port 25, many receivers will still refuse your
              server's mail: dynamic and residential addresses are on the Spamhaus PBL, and Gmail and others want
              reverse DNS that only a static address can have. Relaying through {relayHost} on port 587 avoids all of
              that and needs no exception. <a href="/answers/direct-residential">Why, and how</a>.
            </p>
            <div className="check">
              <input
                id="f-acknowledgeDynamic"
                type="checkbox"
                name="acknowledgeDynamic"
                value="yes"
                defaultChecked={one(raw, 'acknowledgeDynamic') === 'yes'}
              />
              <label htmlFor="f-acknowledgeDynamic">I understand; prepare the letter anyway</label>
            </div>
          </section>
        ) : null}

        <button type="submit" disabled={pending}>
          {pending ? 'Preparing…' : 'Prepare the letter'}
        </button>
        <p className="meta">Nothing you type is stored: the letter is made for you and sent back to this page only.</p>
      </form>
      {state.letter && state.raw ? <LetterView state={{ ...state, letter: state.letter, raw: state.raw }} /> : null}
    </>
  );
}
