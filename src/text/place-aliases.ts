// Hand-made place tables the GeoNames city list does not hold: countries (with demonyms),
// first-level regions of commonly reported countries, and spelling variants of towns.
// Centroids are approximate (one or two decimals): good enough to place an event, not to map it.
// Rows are "Name|ISO|lat|lon|population in thousands|alias;alias".

/** Countries: ISO 3166-1 alpha-2, centroid, population (thousands), then aliases and demonyms. */
export const COUNTRY_ROWS = `
Afghanistan|AF|33.9|67.7|41000|Afghan;Afghans
Albania|AL|41.15|20.17|2800|Albanian
Algeria|DZ|28.0|1.66|45000|Algerian
Angola|AO|-11.2|17.87|35000|Angolan
Argentina|AR|-38.4|-63.6|46000|Argentine;Argentinian
Armenia|AM|40.07|45.04|2800|Armenian
Australia|AU|-25.27|133.78|26000|Australian;Aussie
Austria|AT|47.52|14.55|9000|Austrian
Azerbaijan|AZ|40.14|47.58|10000|Azerbaijani;Azeri
Bahrain|BH|26.07|50.56|1500|Bahraini
Bangladesh|BD|23.68|90.36|170000|Bangladeshi
Belarus|BY|53.71|27.95|9200|Belarusian
Belgium|BE|50.5|4.47|11600|Belgian
Bolivia|BO|-16.29|-63.59|12000|Bolivian
Bosnia and Herzegovina|BA|43.92|17.68|3200|Bosnia;Bosnian
Brazil|BR|-14.24|-51.93|214000|Brazilian
Bulgaria|BG|42.73|25.49|6500|Bulgarian
Burkina Faso|BF|12.24|-1.56|22000|Burkinabe
Burma|MM|21.91|95.96|54000|Myanmar;Burmese
Cambodia|KH|12.57|104.99|17000|Cambodian
Cameroon|CM|7.37|12.35|27000|Cameroonian
Canada|CA|56.13|-106.35|38000|Canadian;Canadians
Chad|TD|15.45|18.73|17000|Chadian
Chile|CL|-35.68|-71.54|19000|Chilean
China|CN|35.86|104.2|1410000|Chinese;PRC;People's Republic of China
Colombia|CO|4.57|-74.3|51000|Colombian
Congo|CD|-4.04|21.76|99000|Democratic Republic of the Congo;DRC;DR Congo;Congolese
Costa Rica|CR|9.75|-83.75|5100|Costa Rican
Croatia|HR|45.1|15.2|3900|Croatian
Cuba|CU|21.52|-77.78|11000|Cuban
Cyprus|CY|35.13|33.43|1200|Cypriot
Czech Republic|CZ|49.82|15.47|10500|Czechia;Czech
Denmark|DK|56.26|9.5|5900|Danish;Dane
Ecuador|EC|-1.83|-78.18|18000|Ecuadorian
Egypt|EG|26.82|30.8|104000|Egyptian
El Salvador|SV|13.79|-88.9|6300|Salvadoran
Eritrea|ER|15.18|39.78|3600|Eritrean
Estonia|EE|58.6|25.01|1300|Estonian
Ethiopia|ET|9.15|40.49|120000|Ethiopian
Finland|FI|61.92|25.75|5500|Finnish;Finn
France|FR|46.23|2.21|68000|French
Georgia|GE|42.32|43.36|3700|Georgian
Germany|DE|51.17|10.45|83000|German;Germans
Ghana|GH|7.95|-1.02|32000|Ghanaian
Greece|GR|39.07|21.82|10400|Greek
Guatemala|GT|15.78|-90.23|17000|Guatemalan
Haiti|HT|18.97|-72.29|11400|Haitian
Honduras|HN|15.2|-86.24|10000|Honduran
Hungary|HU|47.16|19.5|9700|Hungarian
Iceland|IS|64.96|-19.02|370|Icelandic
India|IN|22.0|79.0|1400000|Indian;Indians
Indonesia|ID|-0.79|113.92|275000|Indonesian
Iran|IR|32.43|53.69|86000|Iranian;Iranians;Islamic Republic of Iran
Iraq|IQ|33.22|43.68|42000|Iraqi;Iraqis
Ireland|IE|53.41|-8.24|5000|Irish
Israel|IL|31.05|34.85|9500|Israeli;Israelis
Italy|IT|41.87|12.57|59000|Italian
Ivory Coast|CI|7.54|-5.55|27000|Côte d'Ivoire;Ivorian
Jamaica|JM|18.11|-77.3|2800|Jamaican
Japan|JP|36.2|138.25|125000|Japanese
Jordan|JO|30.59|36.24|11000|Jordanian
Kazakhstan|KZ|48.02|66.92|19000|Kazakh
Kenya|KE|-0.02|37.91|54000|Kenyan
Kosovo|XK|42.6|20.9|1800|Kosovar
Kuwait|KW|29.31|47.48|4300|Kuwaiti
Kyrgyzstan|KG|41.2|74.77|6700|Kyrgyz
Laos|LA|19.86|102.5|7500|Lao;Laotian
Latvia|LV|56.88|24.6|1900|Latvian
Lebanon|LB|33.85|35.86|5500|Lebanese
Libya|LY|26.34|17.23|6900|Libyan
Lithuania|LT|55.17|23.88|2800|Lithuanian
Malaysia|MY|4.21|101.98|33000|Malaysian
Mali|ML|17.57|-4.0|22000|Malian
Mexico|MX|23.63|-102.55|128000|Mexican
Moldova|MD|47.41|28.37|2600|Moldovan
Mongolia|MN|46.86|103.85|3400|Mongolian
Morocco|MA|31.79|-7.09|37000|Moroccan
Mozambique|MZ|-18.67|35.53|32000|Mozambican
Nepal|NP|28.39|84.12|30000|Nepali;Nepalese
Netherlands|NL|52.13|5.29|17700|Dutch;Holland
New Zealand|NZ|-40.9|174.89|5100|New Zealander
Nicaragua|NI|12.87|-85.21|6700|Nicaraguan
Niger|NE|17.61|8.08|25000|Nigerien
Nigeria|NG|9.08|8.68|213000|Nigerian
North Korea|KP|40.34|127.51|26000|North Korean;DPRK
Norway|NO|60.47|8.47|5400|Norwegian
Oman|OM|21.51|55.92|4500|Omani
Pakistan|PK|30.38|69.35|240000|Pakistani;Pakistanis
Palestine|PS|31.95|35.23|5200|Palestinian;Palestinians;Palestinian Territories
Panama|PA|8.54|-80.78|4300|Panamanian
Paraguay|PY|-23.44|-58.44|6700|Paraguayan
Peru|PE|-9.19|-75.02|33000|Peruvian
Philippines|PH|12.88|121.77|113000|Filipino;Philippine
Poland|PL|51.92|19.15|38000|Polish;Pole
Portugal|PT|39.4|-8.22|10300|Portuguese
Qatar|QA|25.35|51.18|2700|Qatari
Romania|RO|45.94|24.97|19000|Romanian
Russia|RU|61.52|105.32|144000|Russian;Russians;Russian Federation
Rwanda|RW|-1.94|29.87|13000|Rwandan
Saudi Arabia|SA|23.89|45.08|35000|Saudi;Saudis
Senegal|SN|14.5|-14.45|17000|Senegalese
Serbia|RS|44.02|21.01|6800|Serbian;Serb
Sierra Leone|SL|8.46|-11.78|8400|Sierra Leonean
Singapore|SG|1.35|103.82|5600|Singaporean
Slovakia|SK|48.67|19.7|5400|Slovak
Slovenia|SI|46.15|14.99|2100|Slovenian
Somalia|SO|5.15|46.2|17000|Somali
South Africa|ZA|-30.56|22.94|60000|South African
South Korea|KR|35.91|127.77|52000|South Korean;Republic of Korea;Korea
South Sudan|SS|6.88|31.31|11000|South Sudanese
Spain|ES|40.46|-3.75|47000|Spanish;Spaniard
Sri Lanka|LK|7.87|80.77|22000|Sri Lankan
Sudan|SD|12.86|30.22|45000|Sudanese
Sweden|SE|60.13|18.64|10400|Swedish;Swede
Switzerland|CH|46.82|8.23|8700|Swiss
Syria|SY|34.8|38.99|21000|Syrian;Syrians
Taiwan|TW|23.7|120.96|23000|Taiwanese
Tajikistan|TJ|38.86|71.28|9700|Tajik
Tanzania|TZ|-6.37|34.89|62000|Tanzanian
Thailand|TH|15.87|100.99|70000|Thai
Tunisia|TN|33.89|9.54|12000|Tunisian
Turkey|TR|38.96|35.24|85000|Türkiye;Turkish;Turk
Turkmenistan|TM|38.97|59.56|6100|Turkmen
Uganda|UG|1.37|32.29|47000|Ugandan
Ukraine|UA|48.38|31.17|41000|Ukrainian;Ukrainians
United Arab Emirates|AE|23.42|53.85|9400|UAE;U.A.E.;Emirati
United Kingdom|GB|55.38|-3.44|67000|UK;U.K.;Britain;Great Britain;British;England;English;Scotland;Scottish;Wales;Welsh
United States|US|39.83|-98.58|332000|U.S.;US;USA;U.S.A.;United States of America;America;American;Americans
Uruguay|UY|-32.52|-55.77|3400|Uruguayan
Uzbekistan|UZ|41.38|64.59|35000|Uzbek
Venezuela|VE|6.42|-66.59|28000|Venezuelan
Vietnam|VN|14.06|108.28|98000|Viet Nam;Vietnamese
Yemen|YE|15.55|48.52|33000|Yemeni;Yemenis
Zambia|ZM|-13.13|27.85|19000|Zambian
Zimbabwe|ZW|-19.02|29.15|16000|Zimbabwean
`;

/** First-level regions (provinces, states) of commonly reported countries. */
export const REGION_ROWS = `
Balochistan|PK|28.49|65.1|14900|Baluchistan;Baloch;Baluch;Balochi
Khyber Pakhtunkhwa|PK|34.95|72.33|40000|KP;Khyber-Pakhtunkhwa;NWFP;North-West Frontier Province
Punjab|PK|31.17|72.7|127000|Pakistani Punjab
Sindh|PK|25.89|68.52|55000|Sind;Sindhi
Gilgit-Baltistan|PK|35.8|74.98|1500|Gilgit Baltistan
Azad Kashmir|PK|33.93|73.78|4000|Azad Jammu and Kashmir;AJK;Pakistan-administered Kashmir
Islamabad Capital Territory|PK|33.72|73.06|2400|
Federally Administered Tribal Areas|PK|32.67|70.0|5000|FATA;tribal areas
Andhra Pradesh|IN|15.91|79.74|53000|
Arunachal Pradesh|IN|28.22|94.73|1600|
Assam|IN|26.2|92.94|35000|
Bihar|IN|25.1|85.31|124000|
Chhattisgarh|IN|21.28|81.87|29000|
Goa|IN|15.3|74.12|1500|
Gujarat|IN|22.26|71.19|70000|
Haryana|IN|29.06|76.09|29000|
Himachal Pradesh|IN|31.1|77.17|7400|
Jharkhand|IN|23.61|85.28|38000|
Karnataka|IN|15.32|75.71|67000|
Kerala|IN|10.85|76.27|35000|
Madhya Pradesh|IN|22.97|78.66|85000|
Maharashtra|IN|19.75|75.71|124000|
Manipur|IN|24.66|93.91|3000|
Meghalaya|IN|25.47|91.37|3300|
Mizoram|IN|23.16|92.94|1200|
Nagaland|IN|26.16|94.56|2200|
Odisha|IN|20.95|85.1|46000|Orissa
Punjab|IN|31.15|75.34|30000|Indian Punjab
Rajasthan|IN|27.02|74.22|81000|
Sikkim|IN|27.53|88.51|690|
Tamil Nadu|IN|11.13|78.66|77000|
Telangana|IN|18.11|79.02|38000|
Tripura|IN|23.94|91.99|4100|
Uttar Pradesh|IN|26.85|80.95|231000|
Uttarakhand|IN|30.07|79.02|11000|Uttaranchal
West Bengal|IN|22.99|87.85|99000|
Jammu and Kashmir|IN|33.78|76.58|13600|Indian-administered Kashmir;Jammu & Kashmir
Ladakh|IN|34.15|77.58|290|
Kashmir|IN|34.08|74.8|13000|
Alabama|US|32.81|-86.79|5000|
Alaska|US|64.2|-149.49|730|
Arizona|US|34.05|-111.09|7300|
Arkansas|US|34.8|-92.2|3000|
California|US|36.78|-119.42|39000|
Colorado|US|39.55|-105.78|5800|
Connecticut|US|41.6|-73.09|3600|
Delaware|US|38.91|-75.53|1000|
Florida|US|27.66|-81.52|22000|
Georgia|US|32.17|-82.9|10700|
Hawaii|US|19.9|-155.58|1400|
Idaho|US|44.07|-114.74|1900|
Illinois|US|40.63|-89.4|12600|
Indiana|US|40.27|-86.13|6800|
Iowa|US|41.88|-93.1|3200|
Kansas|US|39.01|-98.48|2900|
Kentucky|US|37.84|-84.27|4500|
Louisiana|US|30.98|-91.96|4600|
Maine|US|45.25|-69.45|1400|
Maryland|US|39.05|-76.64|6200|
Massachusetts|US|42.41|-71.38|7000|
Michigan|US|44.31|-85.6|10000|
Minnesota|US|46.73|-94.69|5700|
Mississippi|US|32.35|-89.4|2900|
Missouri|US|37.96|-91.83|6200|
Montana|US|46.88|-110.36|1100|
Nebraska|US|41.49|-99.9|2000|
Nevada|US|38.8|-116.42|3200|
New Hampshire|US|43.19|-71.57|1400|
New Jersey|US|40.06|-74.41|9300|
New Mexico|US|34.52|-105.87|2100|
New York State|US|43.0|-75.0|19700|New York state
North Carolina|US|35.76|-79.02|10700|
North Dakota|US|47.55|-101.0|780|
Ohio|US|40.42|-82.91|11800|
Oklahoma|US|35.01|-97.09|4000|
Oregon|US|43.8|-120.55|4200|
Pennsylvania|US|41.2|-77.19|13000|
Rhode Island|US|41.58|-71.48|1100|
South Carolina|US|33.84|-81.16|5300|
South Dakota|US|43.97|-99.9|900|
Tennessee|US|35.52|-86.58|7000|
Texas|US|31.97|-99.9|30000|
Utah|US|39.32|-111.09|3400|
Vermont|US|44.56|-72.58|650|
Virginia|US|37.43|-78.66|8700|
Washington State|US|47.75|-120.74|7800|Washington state
West Virginia|US|38.6|-80.45|1800|
Wisconsin|US|43.78|-88.79|5900|
Wyoming|US|43.08|-107.29|580|
Badakhshan|AF|36.73|70.81|1000|
Badghis|AF|35.17|63.77|500|
Baghlan|AF|36.18|68.75|900|
Balkh|AF|36.76|66.9|1400|
Bamyan|AF|34.82|67.83|450|Bamiyan
Farah|AF|32.5|62.1|500|
Faryab|AF|36.08|64.9|1000|
Ghazni|AF|33.55|68.42|1300|
Helmand|AF|31.36|64.0|1400|
Herat|AF|34.34|62.2|2000|
Kandahar|AF|31.63|65.71|1400|Qandahar
Khost|AF|33.34|69.92|600|Khowst
Kunar|AF|34.85|71.1|470|
Kunduz|AF|36.73|68.87|1100|Kondoz
Laghman|AF|34.69|70.15|470|
Logar|AF|34.0|69.0|420|
Nangarhar|AF|34.17|70.62|1600|
Nimroz|AF|30.9|62.0|180|
Nuristan|AF|35.33|70.91|160|
Paktia|AF|33.6|69.38|600|Paktiya
Paktika|AF|32.26|68.52|450|
Panjshir|AF|35.3|69.7|170|Panjsher
Parwan|AF|35.0|69.0|700|
Uruzgan|AF|32.93|66.13|400|Oruzgan
Zabul|AF|32.19|67.19|380|
Ontario|CA|50.0|-85.0|14900|
Quebec|CA|52.0|-72.0|8600|Québec
British Columbia|CA|53.73|-127.65|5300|
Alberta|CA|55.0|-115.0|4500|
Manitoba|CA|55.0|-97.0|1400|
Saskatchewan|CA|55.0|-106.0|1200|
Nova Scotia|CA|45.0|-63.0|1000|
New Brunswick|CA|46.5|-66.16|800|
Newfoundland and Labrador|CA|53.14|-57.66|520|Newfoundland
New South Wales|AU|-32.0|147.0|8200|NSW
Queensland|AU|-22.0|144.0|5300|
Western Australia|AU|-25.0|122.0|2800|
South Australia|AU|-30.0|135.0|1800|
Tasmania|AU|-42.0|146.6|570|
Northern Territory|AU|-19.5|133.0|250|
Sistan and Baluchestan|IR|27.53|60.58|2800|Sistan-Baluchestan;Sistan-Baluchistan;Sistan and Baluchistan;Sistan Baluchestan
Khuzestan|IR|31.44|48.69|4700|
Kurdistan Province|IR|35.95|47.13|1600|
Kermanshah Province|IR|34.31|47.07|2000|
Razavi Khorasan|IR|35.1|59.1|6400|Khorasan Razavi
Fars|IR|29.1|53.05|4900|Fars Province
Isfahan Province|IR|32.65|51.67|5100|
Tehran Province|IR|35.72|51.42|13300|
East Azerbaijan|IR|37.9|46.27|3900|
West Azerbaijan|IR|37.45|45.0|3300|
Kerman Province|IR|29.5|57.1|3200|
Hormozgan|IR|27.14|55.9|1800|
Mazandaran|IR|36.23|52.53|3300|
Gilan|IR|37.28|49.59|2500|
Lorestan|IR|33.58|48.4|1800|
Golestan|IR|37.29|55.14|1900|
Bushehr Province|IR|28.92|50.84|1200|
`;

/** Spelling variants of towns, mapped to the GeoNames name they stand for. */
export const CITY_ALIAS_ROWS = `
Noshki|Nushki
Gawadar|Gwadar
Guadar|Gwadar
Kalat|Kalat
Khuzdar|Khuzdar
Dera Bugti|Dera Bugti
Pasni|Pasni
Kech|Turbat
Bombay|Mumbai
Calcutta|Kolkata
Madras|Chennai
Bangalore|Bengaluru
Peking|Beijing
Kiev|Kyiv
Rangoon|Yangon
Saigon|Ho Chi Minh City
New York|New York City
NYC|New York City
`;
