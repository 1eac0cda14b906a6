#!/usr/bin/env python3
"""One-off generator of data/actors/countries.tsv (run by hand; the committed TSV is the source of truth).

Inputs: ISO 3166-1 code pairs (Debian iso-codes JSON), CLDR 48.2 Indonesian territory names
(../shared/reference/indonesian, Unicode-3.0), CAMEO country codes and PETRARCH-2 Phoenix.Countries.actors.txt
(../shared/reference, MIT) for English synonyms and demonyms, and the hand-written additions below.
Usage: python3 tools/actors/build_countries.py ../shared > data/actors/countries.tsv
"""
import json, re, sys

shared = sys.argv[1] if len(sys.argv) > 1 else '../shared'
ref = shared + '/reference'
iso = json.load(open('/usr/share/iso-codes/json/iso_3166-1.json'))['3166-1']
cldr = json.load(open(ref + '/indonesian/cldr48.2_id_territories.json'))['main']['id']['localeDisplayNames']['territories']
cameo = {l.split('\t')[0]: l.split('\t')[1] for l in open(ref + '/cameo/cameo-country-codes.tsv').read().splitlines()[1:]}

# CAMEO codes that differ from ISO alpha-3.
CAMEO_CODE = {'TLS': 'TMP'}
# Names the press uses that the sources above lack (facts of usage, own compilation).
EXTRA = {
    'USA': ['AS', 'Amerika', 'US', 'U.S.', 'USA', 'America', 'United States of America', 'Paman Sam'],
    'CHN': ['Cina', 'China', 'RRT', 'RRC', 'Republik Rakyat Tiongkok', "People's Republic of China", 'PRC'],
    'GBR': ['Inggris', 'Britania Raya', 'Britain', 'Great Britain', 'UK', 'U.K.', 'United Kingdom'],
    'RUS': ['Russia', 'Russian Federation', 'Federasi Rusia'],
    'KOR': ['Korsel', 'South Korea', 'Republic of Korea'],
    'PRK': ['Korut', 'North Korea', 'DPRK'],
    'IDN': ['RI', 'Republik Indonesia', 'NKRI'],
    'FRA': ['Perancis'],
    'ARE': ['UEA', 'UAE', 'United Arab Emirates'],
    'TMP': ['Timor Timur', 'East Timor', 'Timor-Leste', 'Timor Leste'],
    'KAZ': ['Republik Kazakhstan'],
    'UKR': ['Ukraine'],
    'IRN': ['Iran'], 'SYR': ['Syria'], 'VNM': ['Vietnam', 'Viet Nam'], 'LAO': ['Laos'],
    'TWN': ['Taiwan'], 'BOL': ['Bolivia'], 'VEN': ['Venezuela'], 'TZA': ['Tanzania'], 'MDA': ['Moldova'],
    'NLD': ['Netherlands', 'Holland'], 'CZE': ['Czech Republic', 'Czechia', 'Ceko'], 'TUR': ['Turki', 'Turkey', 'Türkiye'],
    'PHL': ['Philippines'], 'MMR': ['Burma'], 'CIV': ['Ivory Coast'], 'PSE': ['Palestine'], 'BRN': ['Brunei'],
    'COD': ['Republik Demokratik Kongo', 'Democratic Republic of the Congo', 'DR Congo', 'DRC'],
    'MYS': ['Malaysia'], 'SGP': ['Singapore'], 'PNG': ['Papua New Guinea'], 'AUS': ['Australia'], 'NZL': ['New Zealand'],
}
# Names a source gives to the wrong or to two entries.
REMOVE = {'COG': {'kongo'}, 'FRA': {'mayotte', 'saint barthelemy'}, 'RUS': {'russian sfsr'}}
# Demonyms and adjectives, both languages (Indonesian uses the country name: "pasukan Rusia").
DEMONYMS = {
    'USA': ['American', 'Americans'], 'CHN': ['Chinese'], 'RUS': ['Russian', 'Russians'], 'UKR': ['Ukrainian', 'Ukrainians'],
    'KAZ': ['Kazakh', 'Kazakhs', 'Kazakhstani'], 'KGZ': ['Kyrgyz', 'Kirgiz'], 'UZB': ['Uzbek', 'Uzbeks'], 'TJK': ['Tajik', 'Tajiks'],
    'TKM': ['Turkmen'], 'IDN': ['Indonesian', 'Indonesians'], 'MYS': ['Malaysian', 'Malaysians'], 'SGP': ['Singaporean'],
    'PHL': ['Filipino', 'Philippine', 'Filipina'], 'THA': ['Thai'], 'VNM': ['Vietnamese'], 'AUS': ['Australian', 'Australians'],
    'NZL': ['New Zealander'], 'PNG': ['Papua New Guinean'], 'TMP': ['Timorese'], 'BRN': ['Bruneian'], 'MMR': ['Burmese', 'Myanmarese'],
    'KHM': ['Cambodian'], 'LAO': ['Laotian', 'Lao'], 'JPN': ['Japanese'], 'KOR': ['South Korean'], 'PRK': ['North Korean'],
    'IND': ['Indian'], 'PAK': ['Pakistani'], 'BGD': ['Bangladeshi'], 'AFG': ['Afghan'], 'IRN': ['Iranian'], 'IRQ': ['Iraqi'],
    'SYR': ['Syrian'], 'ISR': ['Israeli', 'Israelis'], 'PSE': ['Palestinian', 'Palestinians'], 'SAU': ['Saudi'], 'TUR': ['Turkish'],
    'EGY': ['Egyptian'], 'ZAF': ['South African'], 'NGA': ['Nigerian'], 'GBR': ['British', 'Briton', 'Britons'], 'FRA': ['French'],
    'DEU': ['German', 'Germans', 'Jerman'], 'ITA': ['Italian'], 'ESP': ['Spanish'], 'CAN': ['Canadian'], 'MEX': ['Mexican'],
    'BRA': ['Brazilian'], 'ARG': ['Argentine', 'Argentinian'], 'POL': ['Polish'], 'BLR': ['Belarusian'], 'GEO': ['Georgian'],
    'ARM': ['Armenian'], 'AZE': ['Azerbaijani', 'Azeri'], 'MNG': ['Mongolian'], 'LTU': ['Lithuanian'], 'LVA': ['Latvian'],
    'EST': ['Estonian'], 'FIN': ['Finnish'], 'SWE': ['Swedish'], 'NOR': ['Norwegian'], 'DNK': ['Danish'], 'NLD': ['Dutch'],
    'BEL': ['Belgian'], 'CHE': ['Swiss'], 'AUT': ['Austrian'], 'HUN': ['Hungarian'], 'CZE': ['Czech'], 'ROU': ['Romanian'],
    'GRC': ['Greek'], 'SRB': ['Serbian', 'Serb'], 'QAT': ['Qatari'], 'ARE': ['Emirati'], 'JOR': ['Jordanian'], 'LBN': ['Lebanese'],
    'YEM': ['Yemeni'], 'LBY': ['Libyan'], 'SDN': ['Sudanese'], 'ETH': ['Ethiopian'], 'KEN': ['Kenyan'], 'TWN': ['Taiwanese'],
    'CUB': ['Cuban'], 'VEN': ['Venezuelan'], 'COL': ['Colombian'], 'CHL': ['Chilean'], 'PER': ['Peruvian'], 'IRL': ['Irish'],
    'PRT': ['Portuguese'], 'MDA': ['Moldovan'], 'LKA': ['Sri Lankan'], 'NPL': ['Nepalese', 'Nepali'], 'OMN': ['Omani'],
    'KWT': ['Kuwaiti'], 'BHR': ['Bahraini'], 'DZA': ['Algerian'], 'MAR': ['Moroccan'], 'TUN': ['Tunisian'],
}

def cap(phrase):
    return ' '.join(w if w in ('and', 'of', 'the') else w.capitalize() for w in phrase.lower().split())

def clean(n):
    return re.sub(r'\s*\(.*?\)', '', n).strip()

print('# countries.tsv: every ISO 3166-1 country and territory with its CAMEO code, names in Indonesian and English,')
print('# and demonyms. Columns: code <TAB> kind (country|demonym) <TAB> names separated by |.')
print('# Sources: ISO 3166-1 code pairs; Indonesian names from Unicode CLDR 48.2 (Unicode License v3, see')
print('# docs/actors.md); English names from CAMEO country codes and PETRARCH-2 Phoenix.Countries.actors.txt')
print('# (MIT, Copyright (c) 2014 Open Event Data Alliance); additions are our own compilation.')
print('# Generated once by tools/actors/build_countries.py, then maintained by hand.')
rows = []
for c in iso:
    code = CAMEO_CODE.get(c['alpha_3'], c['alpha_3'])
    names = []
    for key in (c['alpha_2'], c['alpha_2'] + '-alt-short', c['alpha_2'] + '-alt-variant'):
        if key in cldr: names.append(clean(cldr[key]))
    names += [clean(c.get('common_name', c['name'])), clean(c['name'])]
    if code in cameo:
        for p in cameo[code].split(';'):
            p = p.strip()
            if p and ' ' not in p or len(p.split()) <= 4: names.append(cap(p))
    names += EXTRA.get(code, [])
    seen, out = set(), []
    for n in names:
        if n and ',' not in n and n.lower() not in seen and n.lower() not in REMOVE.get(code, ()):
            seen.add(n.lower()); out.append(n)
    rows.append((code, 'country', out))
    if code in DEMONYMS: rows.append((code, 'demonym', DEMONYMS[code]))
# Kosovo has no ISO 3166-1 entry; CAMEO codes it KSV.
rows.append(('KSV', 'country', ['Kosovo']))
for code, kind, names in sorted(rows):
    print(f"{code}\t{kind}\t{'|'.join(names)}")
