import type { Metadata } from 'next';

import { getLibrary } from '@/lib/content';

import { ArticleCards } from './_components/article-cards';
import { SearchForm } from './_components/search-form';
import { SettingsCard } from './_components/settings-card';

export const metadata: Metadata = { alternates: { canonical: '/' } };

export default async function HomePage() {
  const { config, categories, articles } = await getLibrary();
  const featured = articles
    .filter((a) => a.featured !== undefined)
    .sort((a, b) => (a.featured ?? 0) - (b.featured ?? 0))
    .slice(0, 6);
  return (
    <>
      <div className="home-top">
        <section className="home-hero" aria-labelledby="home-title">
          <h1 id="home-title">Can't send email?</h1>
          <p className="lead">
            If your mail suddenly stopped going out but still comes in, your internet provider is probably blocking port
            25. Changing one setting in your mail program usually fixes it in two minutes.
          </p>
          <div className="cta-row">
            <a className="button" href="/troubleshoot">
              Find the fix in a few questions
            </a>
            <a className="button secondary" href="/chat">
              Or chat with the assistant
            </a>
          </div>
          <h2 className="start-title">Or start from what you see</h2>
          <ul className="start-list">
            <li>
              <a href="/troubleshoot?sender=program#step">My mail program, phone or tablet can't send</a>
            </li>
            <li>
              <a href="/troubleshoot?sender=relay-server#step">Our office mail server can't pass mail on</a>
            </li>
            <li>
              <a href="/troubleshoot?sender=direct-server#step">Our own mail server can't deliver</a>
            </li>
            <li>
              <a href="/diagnose">I have an error message: tell me what it means</a>
            </li>
            <li>
              <a href="/isps">What does my internet provider block?</a>
            </li>
          </ul>
          <SearchForm id="home-search" />
        </section>
        <div className="home-settings">
          <SettingsCard config={config} />
        </div>
      </div>
      <section aria-labelledby="featured-title">
        <h2 id="featured-title">Most useful</h2>
        <ArticleCards articles={featured} />
      </section>
      <section aria-labelledby="topics-title">
        <h2 id="topics-title">Browse by topic</h2>
        <ul className="card-list">
          {categories.map((c) => (
            <li key={c.id} className="card">
              <h3>
                <a href={`/articles#${c.id}`}>{c.title}</a>
              </h3>
              <p>{c.description}</p>
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}
