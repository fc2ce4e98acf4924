// Words for the network side: the internet provider ("other"; the directory names the rest), the
// kind of connection, and the port and encryption the sender is set to.
import type { ValueWords } from './types';

const dontKnow = ["don't know", 'dont know', 'not sure', 'no idea', 'unsure'];

const isp = {
  other: {
    label: "Other, or I don't know",
    name: 'your internet provider',
    synonyms: [
      "don't know",
      'dont know',
      'not sure',
      'no idea',
      'other',
      'none of these',
      'not listed',
      'not in the list',
      'another provider',
    ],
  },
} satisfies ValueWords<'isp'>;

const connection = {
  dsl: {
    label: 'Home broadband: DSL or ADSL',
    name: 'DSL or ADSL',
    synonyms: ['dsl', 'adsl', 'vdsl', 'adsl2', 'phone line', 'copper'],
  },
  cable: { label: 'Home broadband: cable', name: 'cable', synonyms: ['cable', 'docsis', 'cable modem'] },
  fibre: {
    label: 'Home broadband: fibre',
    name: 'fibre',
    synonyms: ['fibre', 'fiber', 'ftth', 'fttp', 'fttc', 'fibre optic', 'fiber optic'],
  },
  'fixed-wireless': {
    label: 'Fixed wireless',
    name: 'fixed wireless',
    synonyms: ['fixed wireless', 'wisp', 'wireless broadband', 'radio link'],
  },
  mobile: {
    label: 'Mobile data (4G or 5G router)',
    name: 'mobile data',
    synonyms: ['mobile', '4g', '5g', 'lte', 'mobile data', 'hotspot', 'tethering', 'sim', 'mifi'],
  },
  satellite: { label: 'Satellite', name: 'satellite', synonyms: ['satellite', 'starlink', 'viasat', 'hughesnet'] },
  'business-dynamic': {
    label: 'Business broadband with a changing (dynamic) IP address',
    name: 'business broadband (dynamic IP)',
    synonyms: ['business dynamic', 'business with dynamic ip', 'dynamic business'],
  },
  'business-static': {
    label: 'Business broadband with a fixed (static) IP address',
    name: 'business broadband (static IP)',
    synonyms: ['static ip', 'static address', 'fixed ip', 'business static', 'business line', 'business broadband'],
  },
  'leased-line': {
    label: 'Leased line or business Ethernet',
    name: 'leased line',
    synonyms: ['leased line', 'leased', 'dedicated line', 'ethernet', 'business ethernet', 'dedicated internet'],
  },
  'public-wifi': {
    label: 'Public or hotel Wi-Fi',
    name: 'public Wi-Fi',
    synonyms: ['hotel', 'public wifi', 'public wi-fi', 'airport', 'cafe', 'coffee shop', 'guest wifi', 'library'],
  },
  corporate: {
    label: 'A company network managed by an IT department',
    name: 'company network',
    synonyms: ['corporate', 'company network', 'office network', 'work network', 'it department'],
  },
  cloud: {
    label: 'A cloud or hosted server (AWS, Google Cloud, DigitalOcean…)',
    name: 'cloud hosting',
    synonyms: [
      'cloud',
      'vps',
      'aws',
      'amazon',
      'ec2',
      'google cloud',
      'gcp',
      'azure',
      'digitalocean',
      'hetzner',
      'ovh',
      'linode',
      'vultr',
      'hosted server',
    ],
  },
  unknown: { label: "I don't know", name: 'internet', synonyms: [...dontKnow, 'no clue'] },
} satisfies ValueWords<'connection'>;

const port = {
  '25': { label: '25', name: 'port 25', synonyms: ['port 25'] },
  '587': { label: '587', name: 'port 587', synonyms: ['port 587'] },
  '465': { label: '465', name: 'port 465', synonyms: ['port 465'] },
  '2525': { label: '2525', name: 'port 2525', synonyms: ['port 2525'] },
  unknown: { label: "I don't know", name: 'a port we don’t know yet', synonyms: dontKnow },
} satisfies ValueWords<'port'>;

const tls = {
  starttls: { label: 'STARTTLS (or "TLS")', name: 'STARTTLS', synonyms: ['starttls', 'start tls', 'tls'] },
  ssl: { label: 'SSL/TLS (or "SSL")', name: 'SSL/TLS', synonyms: ['ssl', 'ssl/tls', 'implicit tls', 'use ssl'] },
  none: {
    label: 'None',
    name: 'no encryption',
    synonyms: ['none', 'no encryption', 'nothing', 'plain', 'unencrypted', 'off'],
  },
  unknown: { label: "I don't know", name: 'an encryption setting we don’t know yet', synonyms: dontKnow },
} satisfies ValueWords<'tls'>;

export const networkWords = { isp, connection, port, tls };
