"""The extractor's specification, as a table of report-style sentences (written for this project).

Each row: a sentence, then the one figure expected in it (the quote it must overlap, value,
low, high, qualifier, unit, who, category). Read it top to bottom like a spec.
"""
import math

import pytest

from extract import extract_figures

N = None
EXAMPLES = [
    # --- plain counts of people and what happened to them ------------------------------------
    ("Shelling killed 12 civilians in the market on Tuesday.", "12 civilians", 12, N, N, "exact", "people", "civilians", "killed"),
    ("The ministry said 148 patients were evacuated from the hospital.", "148 patients", 148, N, N, "exact", "people", "patients", "evacuated"),
    ("Fighting has displaced 35,000 people since the weekend.", "35,000 people", 35000, N, N, "exact", "people", "people", "displaced"),
    ("Police evicted some 640 families from the riverbank settlement.", "some 640 families", 640, N, N, "approx", "households", "families", "displaced"),
    ("At the camp, 2,340 families were sheltering in tents.", "2,340 families", 2340, N, N, "exact", "households", "families", "sheltered"),
    ("Officials counted 620 households displaced by the floods.", "620 households", 620, N, N, "exact", "households", "households", "displaced"),
    ("The storm injured 87 people across the province.", "87 people", 87, N, N, "exact", "people", "people", "injured"),
    ("Police arrested 40 protesters outside the parliament.", "40 protesters", 40, N, N, "exact", "people", "protesters", "detained"),
    ("Gunmen abducted 17 students from a boarding school.", "17 students", 17, N, N, "exact", "people", "students", "kidnapped"),
    ("Rescue teams are still searching for 9 fishermen who went missing.", "9 fishermen", 9, N, N, "exact", "people", "fishermen", "missing"),
    ("The agency reached 22,500 people with food parcels in May.", "22,500 people", 22500, N, N, "exact", "people", "people", "assisted"),
    ("In March the programme distributed USD 2 M to 48,300 people in cash.", "48,300 people", 48300, N, N, "exact", "people", "people", "assisted"),
    ("The agency provided school meals to 3,700 pupils in 25 schools.", "3,700 pupils", 3700, N, N, "exact", "people", "pupils", "assisted"),
    ("The agency provided school meals to 3,700 pupils in 25 schools.", "25 schools", 25, N, N, "exact", "schools", "schools", "other"),
    ("Last month 5,200 people received 310 MT of sorghum.", "5,200 people", 5200, N, N, "exact", "people", "people", "assisted"),
    ("Of the nine patients, four deceased within a week.", "four deceased", 4, N, N, "exact", "people", "deceased", "killed"),
    ("More than 12, 000 families were affected by the floods in 2019.", "12, 000 families", 12000, 12000, N, "at_least", "households", "families", "affected"),
    ("The agency sent 450 volunteers to evacuate residents of the valley.", "450 volunteers", 450, N, N, "exact", "people", "volunteers", "people_other"),
    ("Winds flattened 320 shelters in the camp overnight.", "320 shelters", 320, N, N, "exact", "shelters", "shelters", "damage"),
    ("The number of displaced people reached nearly 7,200 on Friday.", "nearly 7,200", 7200, N, N, "approx", "people", "people", "displaced"),
    ("The cyclone wiped out 260 homes on the island.", "260 homes", 260, N, N, "exact", "houses", "homes", "damage"),
    ("The drought ruined harvests, leaving 410,000 herders and farmers at risk of hunger.", "410,000 herders", 410000, N, N, "exact", "people", "herders", "in_need"),
    ("When the storm passed, 2,300 fishermen returned to port.", "2,300 fishermen", 2300, N, N, "exact", "people", "fishermen", "people_other"),
    ("Over 9,000 houses were destroyed, leaving 36,000 people without shelter.", "36,000 people", 36000, N, N, "exact", "people", "people", "homeless"),
    ("Nine shops and 2 mosques were razed to the ground.", "2 mosques", 2, N, N, "exact", "mosques", "mosques", "damage"),
    ("Some 4,000 residents headed for higher ground overnight.", "Some 4,000 residents", 4000, N, N, "approx", "people", "residents", "evacuated"),
    ("There were 310 pupils at the school; however, 40 have relocated to the city.", "310 pupils", 310, N, N, "exact", "people", "pupils", "people_other"),
    ("Most of the 6,000 people internally displaced by the fighting have returned.", "6,000 people", 6000, N, N, "exact", "people", "people", "displaced"),
    ("Las 3.120 personas autoevacuadas volvieron a sus casas.", "3.120 personas", 3120, N, N, "exact", "people", "personas", "evacuated"),
    ("Las lluvias dejaron siete mil 76 personas desplazadas en el norte del país.", "siete mil 76 personas", 7076, N, N, "exact", "people", "personas", "displaced"),
    ("Les crues ont laissé près de six mille personnes sans abri.", "six mille personnes", 6000, N, N, "approx", "people", "personnes", "homeless"),
    ("Environ 4 mille personnes ont été évacuées vers les écoles.", "4 mille personnes", 4000, N, N, "approx", "people", "personnes", "evacuated"),
    ("Según el informe, hay 12 mil 400 personas afectadas y mil 769 viviendas anegadas.", "mil 769 viviendas", 1769, N, N, "exact", "houses", "viviendas", "damage"),
    ("About 3,200 refugees crossed into the neighbouring country last week.", "About 3,200 refugees", 3200, N, N, "approx", "people", "refugees", "refugees"),
    ("Health officials confirmed 214 cases of cholera in the district.", "214 cases", 214, N, N, "exact", "people", "cases", "sick"),
    ("The clashes left 95 wounded, according to medics.", "95 wounded", 95, N, N, "exact", "people", "wounded", "injured"),
    ("The outbreak has caused nine deaths so far.", "nine deaths", 9, N, N, "exact", "people", "deaths", "killed"),
    ("The ward logged 31 confirmed cases, six deaths and four recoveries.", "four recoveries", 4, N, N, "exact", "people", "recoveries", "people_other"),
    ("Over 2 million people in the coastal districts suffered losses from the storm.", "Over 2 million people", 2000000, 2000000, N, "at_least", "people", "people", "affected"),
    ("By noon 64 peole had been evacuated by boat.", "64 peole", 64, N, N, "exact", "people", "peole", "evacuated"),
    ("Some 430 familis are still sheltering in school buildings.", "Some 430 familis", 430, N, N, "approx", "households", "familis", "sheltered"),
    # --- the noun across adjectives, and nouns that say what happened ----------------------
    ("The siege has claimed almost 500 civilian lives.", "almost 500 civilian lives", 500, N, N, "approx", "people", "lives", "killed"),
    ("Authorities registered 1,200 newly arrived IDPs.", "1,200 newly arrived IDPs", 1200, N, N, "exact", "people", "idps", "displaced"),
    ("The earthquake left 32,000 homeless in the valley.", "32,000 homeless", 32000, N, N, "exact", "people", "homeless", "homeless"),
    ("The lab reported 14 confirmed cases on Friday.", "14 confirmed cases", 14, N, N, "exact", "people", "cases", "sick"),
    ("The district reported 62 suspected and 18 confirmed cholera cases.", "62 suspected", 62, N, N, "exact", "people", "cases", "sick"),
    ("Medics counted 12 dead people after the raid on the market.", "12 dead people", 12, N, N, "exact", "people", "people", "killed"),
    # --- qualifiers and bounds ---------------------------------------------------------------------
    ("Around 6,500 civilians were leaving the encircled quarter along a corridor opened at dawn.", "Around 6,500 civilians", 6500, N, N, "approx", "people", "civilians", "evacuated"),
    ("Up to 2,400 people in the old town are in need of medical evacuation.", "Up to 2,400 people", 2400, N, 2400, "at_most", "people", "people", "in_need"),
    ("At least 40 people were killed when the bridge collapsed.", "At least 40 people", 40, 40, N, "at_least", "people", "people", "killed"),
    ("More than 60,000 people have fled their villages.", "More than 60,000 people", 60000, 60000, N, "at_least", "people", "people", "displaced"),
    ("Nearly 1.9 million people were affected by the drought.", "Nearly 1.9 million people", 1900000, N, N, "approx", "people", "people", "affected"),
    ("An estimated 5,500 people were affected by the landslides.", "An estimated 5,500 people", 5500, N, N, "approx", "people", "people", "affected"),
    ("As many as 2,214 households were affected by flooding.", "As many as 2,214 households", 2214, N, 2214, "at_most", "households", "households", "affected"),
    ("Fewer than 300 residents remain trapped in the old town.", "Fewer than 300 residents", 300, N, 300, "at_most", "people", "residents", "trapped"),
    ("Some 1.2 million people are in need of food assistance.", "Some 1.2 million people", 1200000, N, N, "approx", "people", "people", "in_need"),
    # --- ranges ---------------------------------------------------------------------------------------
    ("Between 200 and 300 people were trapped under the rubble.", "Between 200 and 300 people", N, 200, 300, "range", "people", "people", "trapped"),
    ("The conflict has displaced 60,000-80,000 people this year.", "60,000-80,000 people", N, 60000, 80000, "range", "people", "people", "displaced"),
    ("Aid groups said 2-3 million people need help.", "2-3 million people", N, 2000000, 3000000, "range", "people", "people", "in_need"),
    ("Between four and five thousand people sheltered in the stadium.", "four and five thousand people", N, 4000, 5000, "range", "people", "people", "sheltered"),
    ("Food prices are expected to rise between 8% and 12% by March.", "between 8% and 12%", N, 8, 12, "range", "percent", "%", "other"),
    ("Repairs will cost from $40 to $55 million, engineers said.", "from $40 to $55 million", N, 40e6, 55e6, "range", "usd", "usd", "funding"),
    ("Between 400,000 and 1.2 million people could be displaced.", "Between 400,000 and 1.2 million people", N, 400000, 1200000, "range", "people", "people", "displaced"),
    ("Two or three children were injured when the wall fell.", "Two or three children", N, 2, 3, "range", "people", "children", "injured"),
    ("Witnesses said 30 or 40 people were detained at the checkpoint.", "30 or 40 people", N, 30, 40, "range", "people", "people", "detained"),
    ("Families in the camp had stayed 15 or 50 years.", "50 years", 50, N, N, "exact", "years", "years", "duration"),
    ("The deficit grew by $2.1 billion to $9.8 billion this year.", "$2.1 billion", 2.1e9, N, N, "exact", "usd", "usd", "funding"),
    ("The deficit grew by $2.1 billion to $9.8 billion this year.", "$9.8 billion", 9.8e9, N, N, "exact", "usd", "usd", "funding"),
    ("Displacement rose 40% in 2023 to 1.2 million people.", "1.2 million people", 1.2e6, N, N, "exact", "people", "people", "displaced"),
    # --- number words and scales -----------------------------------------------------------------
    ("Six people died in the fire.", "Six people", 6, N, N, "exact", "people", "people", "killed"),
    ("Twenty-five villagers were injured in the attack.", "Twenty-five villagers", 25, N, N, "exact", "people", "villagers", "injured"),
    ("A dozen houses were destroyed by the mudslide.", "A dozen houses", 12, N, N, "exact", "houses", "houses", "damage"),
    ("Two thousand people sought refuge in the stadium.", "Two thousand people", 2000, N, N, "exact", "people", "people", "sheltered"),
    ("After the landslide, six hundred and forty-three families were relocated.", "six hundred and forty-three families", 643, N, N, "exact", "households", "families", "displaced"),
    ("The government estimates 2.3m people are food insecure.", "2.3m people", 2300000, N, N, "exact", "people", "people", "in_need"),
    ("Flooding displaced 14 000 people in the delta.", "14 000 people", 14000, N, N, "exact", "people", "people", "displaced"),
    ("Floods displaced 5.8K people in the region.", "5.8K people", 5800, N, N, "exact", "people", "people", "displaced"),
    ("One hundred twenty-five people were hurt in the crush.", "One hundred twenty-five people", 125, N, N, "exact", "people", "people", "injured"),
    # --- vague numbers (ACLED's conservative values) ------------------------------------------
    ("Medics evacuated scores of patients from the shelled hospital.", "scores of patients", 20, 20, N, "at_least", "people", "patients", "evacuated"),
    ("Dozens of people were injured in the stampede.", "Dozens of people", 12, 12, N, "at_least", "people", "people", "injured"),
    ("Hundreds of homes were flooded overnight.", "Hundreds of homes", 100, 100, N, "at_least", "houses", "homes", "damage"),
    ("Tens of thousands have fled the fighting.", "Tens of thousands", 10000, 10000, N, "at_least", "people", "people", "displaced"),
    ("Floods left 5,800 people displaced in the region.", "5,800 people", 5800, N, N, "exact", "people", "people", "displaced"),
    ("Ash fell hundreds of kilometres from the volcano.", "hundreds of kilometres", 100, 100, N, "at_least", "km", "kilometres", "distance"),
    # --- the noun carried over when elided -----------------------------------------------------------
    ("Nine people died in the blast; 31 were injured.", "31", 31, N, N, "exact", "people", "people", "injured"),
    ("The attack killed three soldiers and wounded seven others.", "seven others", 7, N, N, "exact", "people", "others", "injured"),
    ("The death toll has risen to 19, the governor said.", "19", 19, N, N, "exact", "people", "people", "killed"),
    ("A guard died and 17 people, including 9 pupils and 8 teachers, were injured.", "17 people", 17, N, N, "exact", "people", "people", "injured"),
    ("Clashes displaced 4,500 people and 7 civilians were killed.", "4,500 people", 4500, N, N, "exact", "people", "people", "displaced"),
    ("Clashes displaced 4,500 people and 7 civilians were killed.", "7 civilians", 7, N, N, "exact", "people", "civilians", "killed"),
    ("Rising rivers are forcing about 60 people to evacuate each night.", "about 60 people", 60, N, N, "approx", "people", "people", "evacuated"),
    ("An estimated 650,000 displaced people live in the town, the Norwegian Refugee Council said.", "650,000 displaced people", 650000, N, N, "approx", "people", "people", "displaced"),
    ("Partners distributed 2,000 household kits in the camps.", "2,000 household kits", 2000, N, N, "exact", "kits", "kits", "relief"),
    ("Gang violence uprooted roughly 7,240 people (1,980 households) last week.", "1,980 households", 1980, N, N, "exact", "households", "households", "displaced"),
    ("Eleven cases are confirmed so far; of these, four have died.", "four", 4, N, N, "exact", "people", "cases", "killed"),
    ("The cyclone affected 41,000 people and 3,118 relocated.", "3,118", 3118, N, N, "exact", "people", "people", "displaced"),
    ("Some 4,000 people fled the town, and 2,500 who stayed behind were trapped.", "2,500", 2500, N, N, "exact", "people", "people", "trapped"),
    ("In the camp 900 families were sheltered, and 300 who returned home found their houses destroyed.", "300", 300, N, N, "exact", "households", "families", "returned"),
    ("There have been 12 casualties since the shelling began.", "12 casualties", 12, N, N, "exact", "people", "casualties", "people_other"),
    ("About 30 demonstrators rallied in the square over the death of a student.", "About 30 demonstrators", 30, N, N, "approx", "people", "demonstrators", "people_other"),
    ("Dozens of youths attempted to kill a suspect in the market.", "Dozens of youths", 12, 12, N, "at_least", "people", "youths", "people_other"),
    ("Some 40 nurses who reportedly protested outside the ministry were detained.", "Some 40 nurses", 40, N, N, "approx", "people", "nurses", "detained"),
    ("On 3 June, 5 fighters were killed, injured or detained in the raid.", "5 fighters", 5, N, N, "exact", "people", "fighters", "people_other"),
    ("About 500 residents blocked the road after a teenager was killed by police.", "About 500 residents", 500, N, N, "approx", "people", "residents", "people_other"),
    ("About 300 people blocked in the town were evacuated.", "About 300 people", 300, N, N, "approx", "people", "people", "evacuated"),
    ("The mayor claimed that about 900 families support the plan.", "about 900 families", 900, N, N, "approx", "households", "families", "people_other"),
    ("Twin blasts kill 40 people and injure 25 who were at prayer.", "25", 25, N, N, "exact", "people", "people", "injured"),
    ("A blast killed a guard, 3 paramilitaries and 5 civilians at the gate.", "3 paramilitaries", 3, N, N, "exact", "people", "paramilitaries", "killed"),
    ("Two men were stabbed by a suspected attacker near the station.", "Two men", 2, N, N, "exact", "people", "men", "injured"),
    ("Three people were stabbed to death in the market.", "Three people", 3, N, N, "exact", "people", "people", "killed"),
    ("A blast left 30 people dead and over 50 injured, and both gunmen were killed later.", "over 50 injured", 50, 50, N, "at_least", "people", "injured", "injured"),
    ("Four guards and an unknown number of raiders were hurt in the clash.", "Four guards", 4, N, N, "exact", "people", "guards", "injured"),
    ("Police said a man wounded 4 young asylum seekers near the station.", "4 young asylum seekers", 4, N, N, "exact", "people", "seekers", "injured"),
    ("There were 2 explosions at the market in which people were killed.", "2 explosions", 2, N, N, "exact", "explosions", "explosions", "other"),
    ("The shelling injured over 2 dozen civilians.", "over 2 dozen civilians", 24, 24, N, "at_least", "people", "civilians", "injured"),
    ("Aid reached 300 people over 2 days.", "over 2 days", 2, 2, N, "at_least", "days", "days", "duration"),
    ("Clashes are driving displacement affecting over 900,000 people in the north.", "over 900,000 people", 9e5, 9e5, N, "at_least", "people", "people", "displaced"),
    ("Teams ran nutrition screening for 1,118 children to find malnutrition cases.", "1,118 children", 1118, N, N, "exact", "people", "children", "assisted"),
    ("Three soldiers, two police officers, and a child were killed.", "Three soldiers", 3, N, N, "exact", "people", "soldiers", "killed"),
    ("The floods displaced 200 households and killed dozens more.", "dozens more", 12, 12, N, "at_least", "people", "people", "killed"),
    ("The rains left 2,160 people in a situation of dire need, and one was killed.", "2,160 people", 2160, N, N, "exact", "people", "people", "in_need"),
    ("Two people died in storms that left tens of thousands of households without electricity.", "tens of thousands of households", 10000, 10000, N, "at_least", "households", "households", "people_other"),
    ("One guard was killed. Three assailants fled the scene.", "Three assailants", 3, N, N, "exact", "people", "assailants", "people_other"),
    ("The number of houses destroyed by the storm reached 1,240 on Monday.", "1,240", 1240, N, N, "exact", "houses", "houses", "damage"),
    ("The number of newly displaced families reached 320 in the district.", "320", 320, N, N, "exact", "households", "families", "displaced"),
    ("Gunmen attacked the reserve at dawn; one ranger was killed.", "one ranger", 1, N, N, "exact", "people", "ranger", "killed"),
    # --- several subjects of one verb, parts of a group, one more of the same ---------------------
    ("Officials listed 31 fatalities (including 5 children and 4 older people), 210 injured and 8 missing.", "5 children", 5, N, N, "exact", "people", "children", "killed"),
    ("Officials listed 31 fatalities (including 5 children and 4 older people), 210 injured and 8 missing.", "4 older people", 4, N, N, "exact", "people", "people", "killed"),
    ("Of 9 cases, including 3 deaths, most were in the east.", "3 deaths", 3, N, N, "exact", "people", "deaths", "killed"),
    ("Floods displaced 2,800 people, including 900 children, and killed 11.", "11", 11, N, N, "exact", "people", "people", "killed"),
    ("Seven UN staff were killed when the convoy was hit.", "Seven UN staff", 7, N, N, "exact", "people", "staff", "killed"),
    ("At least one customs officer was killed at the post.", "At least one customs officer", 1, 1, N, "at_least", "people", "officer", "killed"),
    ("A single border police unit officer was hurt by the blast, and one security forces member too.", "one security forces member", 1, N, N, "exact", "people", "member", "injured"),
    ("Four staff were killed; volunteers later helped 300 Syrians cross.", "300 Syrians", 300, N, N, "exact", "people", "syrians", "people_other"),
    ("About 220 Toyota and Nissan trucks were parked in the port.", "About 220 Toyota and Nissan trucks", 220, N, N, "approx", "trucks", "trucks", "relief"),
    ("A mortar killed two guards, and three nurses and five patients were wounded.", "three nurses", 3, N, N, "exact", "people", "nurses", "injured"),
    ("Eight fighters and one medic died while four fighters and six medics were hurt.", "four fighters", 4, N, N, "exact", "people", "fighters", "injured"),
    ("Twelve border police officers died when their post was overrun.", "Twelve border police officers", 12, N, N, "exact", "people", "officers", "killed"),
    ("The ambush left at least 13 security personnel injured.", "at least 13 security personnel", 13, 13, N, "at_least", "people", "personnel", "injured"),
    ("Two gendarmes were killed near the checkpoint.", "Two gendarmes", 2, N, N, "exact", "people", "gendarmes", "killed"),
    ("Four of the students were abducted from their dormitory.", "Four of the students", 4, N, N, "exact", "people", "students", "kidnapped"),
    ("Three of her relatives were killed in the strike.", "Three of her relatives", 3, N, N, "exact", "people", "relatives", "killed"),
    ("One nurse was killed and another was injured when the clinic was shelled.", "another", 1, N, N, "exact", "people", "nurse", "injured"),
    ("Troops found that the four hostages had been killed.", "four hostages", 4, N, N, "exact", "people", "hostages", "killed"),
    ("Gunmen seized 14 hostages at the mine on Monday.", "14 hostages", 14, N, N, "exact", "people", "hostages", "kidnapped"),
    ("One border guard was killed at the post.", "One border guard", 1, N, N, "exact", "people", "guard", "killed"),
    ("Eleven porters were injured when the bridge gave way.", "Eleven porters", 11, N, N, "exact", "people", "porters", "injured"),
    ("Forty goats were killed by the floodwater.", "Forty goats", 40, N, N, "exact", "goats", "goats", "other"),
    ("Militants beheaded four villagers in the night raid.", "four villagers", 4, N, N, "exact", "people", "villagers", "killed"),
    ("A grass fire drove about 900 residents out of their homes on Friday.", "about 900 residents", 900, N, N, "approx", "people", "residents", "displaced"),
    ("Since the landslide, 75 families have been forced to leave the valley.", "75 families", 75, N, N, "exact", "households", "families", "displaced"),
    ("As of 3 May, 2,150 people were sheltering in two schools.", "2,150 people", 2150, N, N, "exact", "people", "people", "sheltered"),
    ("By 2 March, 640 people were still living in the school.", "640 people", 640, N, N, "exact", "people", "people", "people_other"),
    ("Fighting forced 2,000 tea estate workers to flee the hills.", "2,000 tea estate workers", 2000, N, N, "exact", "people", "workers", "displaced"),
    ("Two of Kamal's bodyguards were wounded when the convoy was hit.", "Two of Kamal's bodyguards", 2, N, N, "exact", "people", "bodyguards", "injured"),
    ("Five Kenya Defence Forces (KDF) soldiers were shot dead at the checkpoint.", "Five Kenya Defence Forces (KDF) soldiers", 5, N, N, "exact", "people", "soldiers", "killed"),
    ("Eight community protection forces personnel were hurt in the raid.", "Eight community protection forces personnel", 8, N, N, "exact", "people", "personnel", "injured"),
    ("A shopkeeper was shot dead and six others were wounded near the market.", "six others", 6, N, N, "exact", "people", "others", "injured"),
    ("Shelling killed a driver while 26 people, including 14 fighters, 9 soldiers, and 3 civilians, were wounded.", "26 people", 26, N, N, "exact", "people", "people", "injured"),
    ("Two boys died and 18 people including 11 pupils and 7 teachers, were hurt.", "18 people", 18, N, N, "exact", "people", "people", "injured"),
    ("Two Canadians were killed when the convoy was ambushed.", "Two Canadians", 2, N, N, "exact", "people", "canadians", "killed"),
    ("One guard was killed and a second was wounded at the gate.", "a second", 1, N, N, "exact", "people", "guard", "injured"),
    ("At least 20,000 more people have fled the district since Friday.", "At least 20,000 more people", 20000, 20000, N, "at_least", "people", "people", "displaced"),
    ("Some 12,000 new and repeated displacements were recorded in March.", "Some 12,000 new and repeated displacements", 12000, N, N, "approx", "people", "displacements", "displaced"),
    ("Around 2,300 households were affected and evacuated as the river rose.", "Around 2,300 households", 2300, N, N, "approx", "households", "households", "evacuated"),
    ("Across the province, some 4,300 were staying in school shelters.", "some 4,300", 4300, N, N, "approx", "people", "people", "sheltered"),
    ("Registered returnees in the province are now 61,000 in total.", "61,000", 61000, N, N, "exact", "people", "people", "returned"),
    ("She lives with 3 children in a rented room.", "3 children", 3, N, N, "exact", "people", "children", "people_other"),
    # --- text taken from a PDF, where spaces went missing ----------------------------------------------
    ("Key figures\nDeaths 45\nInjured 120\nHouses destroyed 287\n", "287", 287, N, N, "exact", "houses", "houses", "damage"),
    ("Situation overview\nResidents Evacuated 11,640\nShelters open 12\n", "11,640", 11640, N, N, "exact", "people", "residents", "evacuated"),
    ("Clashes have displaced between14,000 and 19,000 people in the north.", "between14,000 and 19,000 people", N, 14000, 19000, "range", "people", "people", "displaced"),
    ("Since Sunday at least 12,000 more people fledTikrit, officials said.", "at least 12,000 more people", 12000, 12000, N, "at_least", "people", "people", "displaced"),
    ("The floods left 2,900 people\nhomeless in the delta.", "2,900 people", 2900, N, N, "exact", "people", "people", "homeless"),
    ("Field teams say 52people died in the landslide.", "52people", 52, N, N, "exact", "people", "people", "killed"),
    ("Roughly 3,100 fami-lies fled the offensive last month.", "Roughly 3,100 fami-lies", 3100, N, N, "approx", "households", "families", "displaced"),
    ("After the storm 5,120 peoplewere evacuated to the stadium.", "5,120 people", 5120, N, N, "exact", "people", "people", "evacuated"),
    ("Shelter is planned for 12,000 displacedpeople in the north.", "12,000 displacedpeople", 12000, N, N, "exact", "people", "people", "displaced"),
    ("Monsoon flooding displacedabout 1,700 people in the lowlands.", "1,700 people", 1700, N, N, "exact", "people", "people", "displaced"),
    ("Some 820 families weredisplaced by the fighting.", "Some 820 families", 820, N, N, "approx", "households", "families", "displaced"),
    ("The survey counted at least3,400 people in need of food.", "at least3,400 people", 3400, 3400, N, "at_least", "people", "people", "in_need"),
    ("Nearly 400 people now live with host families in the next town.", "Nearly 400 people", 400, N, N, "approx", "people", "people", "sheltered"),
    ("The district counts 12,000 flood victims, 3,400 of which were relocated by the army.", "3,400 of which", 3400, N, N, "exact", "people", "people", "displaced"),
    ("Officials counted 5,210 evacuated residents in the schools.", "5,210 evacuated residents", 5210, N, N, "exact", "people", "residents", "evacuated"),
    ("Engineers confirmed the destruction of 640 houses after the quake.", "640 houses", 640, N, N, "exact", "houses", "houses", "damage"),
    ("After the blaze 318 people became homeless.", "318 people", 318, N, N, "exact", "people", "people", "homeless"),
    ("Number of displaced: 1,207", "1,207", 1207, N, N, "exact", "people", "displaced", "displaced"),
    ("Totally destroyed housing: 388", "388", 388, N, N, "exact", "houses", "housing", "damage"),
    ("The hamlet, with a population of 2,750, lies below the dam.", "2,750", 2750, N, N, "exact", "people", "people", "people_other"),
    # --- shares, wholes and signs ---------------------------------------------------------------------
    ("One in five children is acutely malnourished, the survey found.", "One in five children", 20, N, N, "exact", "percent", "children", "other"),
    ("Half of the 1.2 million residents have fled the city.", "1.2 million residents", 1.2e6, N, N, "exact", "people", "residents", "people_other"),
    ("Nearly half of the 80,000 people displaced in May are back home.", "80,000 people", 80000, N, N, "exact", "people", "people", "displaced"),
    ("A third of the 600 homes in the village were destroyed.", "600 homes", 600, N, N, "exact", "houses", "homes", "other"),
    ("Night temperatures in the camps fell to minus 20 degrees.", "minus 20 degrees", -20, N, N, "exact", "degrees", "degrees", "measure"),
    ("Overnight the plateau dipped to minus-15 degrees.", "minus-15 degrees", -15, N, N, "exact", "degrees", "degrees", "measure"),
    ("Chlorine levels fell to .5 milligrams per litre.", ".5 milligrams", 0.5, N, N, "exact", "mg", "milligrams", "measure"),
    ("Half a million people fled the coast ahead of the storm.", "Half a million people", 500000, N, N, "exact", "people", "people", "displaced"),
    ("About 12.5 lakh people in the district are affected.", "About 12.5 lakh people", 1.25e6, N, N, "approx", "people", "people", "affected"),
    ("The state released Rs 12 crore for relief.", "Rs 12 crore", 1.2e8, N, N, "exact", "inr", "inr", "funding"),
    ("The storm caused these losses: 1500 evacuated and 2750 people affected.", "2750 people", 2750, N, N, "exact", "people", "people", "affected"),
    ("An update counted 245.000 people in need of water.", "245.000 people", 245000, N, N, "exact", "people", "people", "in_need"),
    ("Hygiene kits were provided to 930 women in the shelters.", "930 women", 930, N, N, "exact", "people", "women", "assisted"),
    ("Last week 75 young mothers received baby kits.", "75 young mothers", 75, N, N, "exact", "people", "mothers", "assisted"),
    ("Planners expect up to 900,000 affected people.", "up to 900,000 affected people", 900000, N, 900000, "at_most", "people", "people", "affected"),
    ("Divers found about 12 missing people near the dam.", "about 12 missing people", 12, N, N, "approx", "people", "people", "missing"),
    ("The scheme missed 640,000 eligible pensioners last winter.", "640,000 eligible pensioners", 640000, N, N, "exact", "people", "pensioners", "people_other"),
    ("Globally, about 2 B people lack safe drinking water.", "about 2 B people", 2e9, N, N, "approx", "people", "people", "people_other"),
    ("About 1,300 Venezuelans crossed the border on Monday.", "About 1,300 Venezuelans", 1300, N, N, "approx", "people", "venezuelans", "refugees"),
    ("Some 700 Rohingyas fled across the river at night.", "Some 700 Rohingyas", 700, N, N, "approx", "people", "rohingyas", "displaced"),
    # --- reports in Spanish, French and Portuguese (dots group thousands there) -------------------
    ("Las lluvias dejaron 3.870 evacuados en el departamento.", "3.870 evacuados", 3870, N, N, "exact", "people", "evacuados", "evacuated"),
    ("Más de 1,5 millones de personas fueron afectadas por la sequía.", "Más de 1,5 millones de personas", 1.5e6, 1.5e6, N, "at_least", "people", "personas", "affected"),
    ("El huracán dejó 450 familias sin hogares en la costa.", "450 familias", 450, N, N, "exact", "households", "familias", "homeless"),
    ("En la región hay 3 mil viviendas dañadas por las lluvias.", "3 mil viviendas", 3000, N, N, "exact", "houses", "viviendas", "damage"),
    ("Llegó ayuda para 3 mil personas.", "3 mil personas", 3000, N, N, "exact", "people", "personas", "people_other"),
    ("Au moins 12 personnes ont été tuées et 40 blessées dans l'attaque.", "Au moins 12 personnes", 12, 12, N, "at_least", "people", "personnes", "killed"),
    ("Au moins 12 personnes ont été tuées et 40 blessées dans l'attaque.", "40 blessées", 40, N, N, "exact", "people", "blessées", "injured"),
    ("Les inondations ont touché 35 000 personnes dans la région.", "35 000 personnes", 35000, N, N, "exact", "people", "personnes", "affected"),
    ("As chuvas deixaram cerca de 120 famílias desalojadas no bairro.", "cerca de 120 famílias", 120, N, N, "approx", "households", "famílias", "displaced"),
    ("El incendio quemó 14,2 hectáreas de bosque nativo.", "14,2 hectáreas", 14.2, N, N, "exact", "hectares", "hectáreas", "area"),
    ("La pluie est tombée pendant 6 heures sur Bukavu.", "6 heures", 6, N, N, "exact", "hours", "heures", "duration"),
    ("Rainfall reached 2.258 inches at the airport.", "2.258 inches", 2.258, N, N, "exact", "inches", "inches", "distance"),
    ("About 1.500.000 people were affected by the floods.", "About 1.500.000 people", 1.5e6, N, N, "approx", "people", "people", "affected"),
    ("El río crecido forzó a desalojar por precaución a unas 300 personas del pueblo.", "unas 300 personas", 300, N, N, "approx", "people", "personas", "evacuated"),
    # --- measures ------------------------------------------------------------------------------------
    ("The convoy used a corridor spreading across 5 kilometers.", "5 kilometers", 5, N, N, "exact", "km", "kilometers", "distance"),
    ("The militia still controls about a fifth of the valley, or 18 percent of the land it once held.", "18 percent", 18, N, N, "exact", "percent", "percent", "area"),
    ("Roughly 70% of the population was affected.", "Roughly 70%", 70, N, N, "approx", "percent", "%", "affected"),
    ("The fire burned more than 300 hectares of forest.", "more than 300 hectares", 300, 300, N, "at_least", "hectares", "hectares", "area"),
    ("The appeal seeks $12 million for shelter and health.", "$12 million", 12000000, N, N, "exact", "usd", "usd", "funding"),
    ("Donors pledged US$9.93 million for the response.", "US$9.93 million", 9930000, N, N, "exact", "usd", "usd", "funding"),
    ("The plan costs USD 1,26 million.", "USD 1,26 million", 1260000, N, N, "exact", "usd", "usd", "funding"),
    ("The fund received EUR25m from three donors.", "EUR25m", 25e6, N, N, "exact", "eur", "eur", "funding"),
    ("WFP needs 2.3m litres of fuel for the generators.", "2.3m litres", 2.3e6, N, N, "exact", "litres", "litres", "measure"),
    ("The country received 2.5m doses of cholera vaccine.", "2.5m doses", 2.5e6, N, N, "exact", "doses", "doses", "other"),
    ("Floodwater stood 2m deep in the lower town.", "2m", 2, N, N, "exact", "m", "m", "distance"),
    ("Each household gets 120€ a month in cash.", "120€", 120, N, N, "exact", "eur", "eur", "funding"),
    ("Fuel prices went up 14pc in a week.", "14pc", 14, N, N, "exact", "percent", "pc", "other"),
    ("Some 3 hundred million people live in the basin.", "Some 3 hundred million people", 3e8, N, N, "approx", "people", "people", "people_other"),
    ("Losses reached 23 billion yuan.", "23 billion yuan", 23e9, N, N, "exact", "cny", "yuan", "funding"),
    ("Gusts reached up to 298km/h near the coast.", "up to 298km/h", 298, N, 298, "at_most", "km/h", "km/h", "measure"),
    ("The three-week offensive ended on Sunday.", "three-week", 3, N, N, "exact", "weeks", "week", "duration"),
    ("A 1,100-hectare fire is burning near the town.", "1,100-hectare", 1100, N, N, "exact", "hectares", "hectare", "area"),
    ("WFP delivered 450 tonnes of food to the district.", "450 tonnes", 450, N, N, "exact", "tonnes", "tonnes", "relief"),
    ("Each tent offers 3.5 sq m of covered floor per person.", "3.5 sq m", 3.5, N, N, "exact", "m2", "sq m", "area"),
    ("The fire has burned 57 sq miles of brush.", "57 sq miles", 57, N, N, "exact", "square miles", "sq miles", "area"),
    ("Each family needs a sub-20 sq m plot at least.", "20 sq m", 20, N, N, "exact", "m2", "sq m", "area"),
    ("Rations were cut to 1,600 kcal per person per day.", "1,600 kcal", 1600, N, N, "exact", "kcal", "kcal", "measure"),
    ("Engineers expect the river to reach 2,500 cubic meters per second.", "2,500 cubic meters per second", 2500, N, N, "exact", "m3/s", "cubic meters per second", "measure"),
    ("The river's flow peaked at 1362.07 m3 per second.", "1362.07 m3 per second", 1362.07, N, N, "exact", "m3/s", "m3 per second", "measure"),
    ("Several dozen other buildings were awaiting inspection.", "Several dozen other buildings", 12, 12, N, "at_least", "buildings", "buildings", "other"),
    ("Nurses gave each child 250ml of oral rehydration solution.", "250ml", 250, N, N, "exact", "ml", "ml", "measure"),
    ("Each clinic got a 10kW solar system.", "10kW", 10, N, N, "exact", "kW", "kw", "measure"),
    ("Teachers earn UAH 8,000 a month in the east.", "UAH 8,000", 8000, N, N, "exact", "uah", "uah", "funding"),
    ("The exchange rate closed at $1.0874 on Monday.", "$1.0874", 1.0874, N, N, "exact", "usd", "usd", "funding"),
    ("Each family received a grant of $2000 to rebuild.", "$2000", 2000, N, N, "exact", "usd", "usd", "funding"),
    ("Global reconstruction needs were put at $1tn by the lenders.", "$1tn", 1e12, N, N, "exact", "usd", "usd", "funding"),
    ("The cement price fell to $1 in the north after the new road opened.", "$1", 1, N, N, "exact", "usd", "usd", "funding"),
    ("Each family received a 60W solar lamp.", "60W", 60, N, N, "exact", "watt", "w", "other"),
    ("A loaf now costs 85p in the town's shops.", "85p", 85, N, N, "exact", "penny", "p", "other"),
    ("Tests found arsenic at 14 ppb in two of the wells.", "14 ppb", 14, N, N, "exact", "ppb", "ppb", "measure"),
    ("Rain in 24 hours: Gulu – 88.2 mm, Lira -61.4 mm, Soroti – 40 mm.", "61.4 mm", 61.4, N, N, "exact", "mm", "mm", "measure"),
    ("The camp's new solar plant delivers 1.2 MW at noon.", "1.2 MW", 1.2, N, N, "exact", "MW", "mw", "measure"),
    ("Two people died in the capital and one in the southern province.", "one", 1, N, N, "exact", "people", "people", "killed"),
    ("Bread now costs 5,000 Syrian pounds a bag.", "5,000 Syrian pounds", 5000, N, N, "exact", "syp", "syrian pounds", "funding"),
    ("The donor pledged EUR 2.1mio for the winter.", "EUR 2.1mio", 2.1e6, N, N, "exact", "eur", "eur", "funding"),
    ("WFP made USD 3.04 M in cash transfers last month.", "USD 3.04 M", 3.04e6, N, N, "exact", "usd", "usd", "funding"),
    ("The family was paid a 430,000-pound (US$ 51,000) compensation.", "430,000-pound", 430000, N, N, "exact", "pounds", "pound", "funding"),
    ("Rent in the town rose to 1,500 Egyptian pounds a month.", "1,500 Egyptian pounds", 1500, N, N, "exact", "egp", "egyptian pounds", "funding"),
    ("Market stalls charged from 1200 to 1500 shillings a sack.", "from 1200 to 1500 shillings", N, 1200, 1500, "range", "kes", "shillings", "funding"),
    ("Aid flights cost the state 4.2 million Australian dollars in a month.", "4.2 million Australian dollars", 4.2e6, N, N, "exact", "aud", "australian dollars", "funding"),
    ("The island appeal raised NZ $310,000 in a week.", "NZ $310,000", 310000, N, N, "exact", "nzd", "nzd", "funding"),
    ("Ottawa added C $15 million for wildfire evacuees.", "C $15 million", 15e6, N, N, "exact", "cad", "cad", "funding"),
    ("The council set aside PS1.8m for flood repairs.", "PS1.8m", 1.8e6, N, N, "exact", "gbp", "gbp", "funding"),
    ("Japan pledged Y=600 million for the shelters.", "Y=600 million", 6e8, N, N, "exact", "jpy", "jpy", "funding"),
    ("Trucks brought water as the heat reached 112 degrees Fahrenheit.", "112 degrees Fahrenheit", 112, N, N, "exact", "fahrenheit", "degrees fahrenheit", "measure"),
    ("Nights in the camp fell to 2.5deg C in January.", "2.5deg C", 2.5, N, N, "exact", "celsius", "deg c", "measure"),
    ("The clinic's vaccine fridge broke down at 14 C.", "14 C", 14, N, N, "exact", "celsius", "c", "measure"),
    ("Each transitional shelter has 180 sq ft of floor space.", "180 sq ft", 180, N, N, "exact", "square feet", "sq ft", "area"),
    ("Winds of 90 m.p.h. tore roofs off the school.", "90 m.p.h.", 90, N, N, "exact", "mph", "m.p.h.", "measure"),
    ("The storm destroyed 3,800 houses, including 950 in the port town.", "950", 950, N, N, "exact", "houses", "houses", "damage"),
    ("The central bank's reserves fell to $-1.2bn in the crisis.", "$-1.2bn", -1.2e9, N, N, "exact", "usd", "usd", "funding"),
    ("Plots range from 200 sq ft up to 450 sq ft per family.", "from 200 sq ft up to 450 sq ft", N, 200, 450, "range", "square feet", "sq ft", "area"),
    ("Day labourers earn about $40 to $65 a week.", "about $40 to $65", N, 40, 65, "range", "usd", "usd", "funding"),
    ("Markets: FTSE -0.6% and DAX -1.6% at the close.", "-0.6%", -0.6, N, N, "exact", "percent", "%", "other"),
    ("Floods killed 800 people last year and cut growth to 0.1 percent.", "0.1 percent", 0.1, N, N, "exact", "percent", "percent", "other"),
    ("Only 12 per cent of the $40 million flood appeal has been funded.", "12 per cent", 12, N, N, "exact", "percent", "per cent", "funding"),
    ("A dust grain weighs about 4.2×10−12 kilograms.", "about 4.2×10−12 kilograms", 4.2e-12, N, N, "approx", "kg", "kilograms", "measure"),
    ("A 30-tonne crane lifted the fallen span.", "30-tonne", 30, N, N, "exact", "tonnes", "tonne", "measure"),
    ("Each sack holds a 50-kilogram ration.", "50-kilogram", 50, N, N, "exact", "kg", "kilogram", "measure"),
    ("The clinic door is 78″ wide, too narrow for a stretcher.", "78″", 78, N, N, "exact", "inches", "″", "distance"),
    # --- things counted ---------------------------------------------------------------------------
    ("Along the river 52 schools were flooded and 140 damaged.", "140", 140, N, N, "exact", "schools", "schools", "damage"),
    ("Surveyors listed 2,600 collapsed houses in the old town.", "2,600 collapsed houses", 2600, N, N, "exact", "houses", "houses", "damage"),
    ("Winds flattened about 4,100 mud-brick homes.", "about 4,100 mud-brick homes", 4100, N, N, "approx", "houses", "homes", "damage"),
    ("Families moved into two evacuation centres - 415 houses were damaged.", "415 houses", 415, N, N, "exact", "houses", "houses", "damage"),
    ("Families moved into two evacuation centres - 415 houses were damagedNEEDS- kits", "415 houses", 415, N, N, "exact", "houses", "houses", "damage"),
    ("Key figures\n642\nHouses\ndestroyed\n1,350\nPeople\ndisplaced", "642", 642, N, N, "exact", "houses", "houses", "damage"),
    ("Key figures\n642\nHouses\ndestroyed\n1,350\nPeople\ndisplaced", "1,350", 1350, N, N, "exact", "people", "people", "displaced"),
    ("The cyclone destroyed 417 homes along the coast.", "417 homes", 417, N, N, "exact", "houses", "homes", "damage"),
    ("The single sold 2.1M digital and physical copies.", "2.1M digital and physical copies", 2.1e6, N, N, "exact", "copies", "copies", "other"),
    ("Six western countries called for a ceasefire.", "Six western countries", 6, N, N, "exact", "countries", "countries", "other"),
    ("Relief began after two strong earthquakes hit the island.", "two strong earthquakes", 2, N, N, "exact", "earthquakes", "earthquakes", "other"),
    ("Families moved into three pre\u2011existing displacement sites.", "three pre\u2011existing displacement sites", 3, N, N, "exact", "sites", "sites", "other"),
    ("Volunteers served 24,000 hot meals in the shelters.", "24,000 hot meals", 24000, N, N, "exact", "meals", "meals", "assisted"),
    ("About 1,600 relief camps are open in the state.", "About 1,600 relief camps", 1600, N, N, "approx", "camps", "camps", "sheltered"),
    ("Some 31,000 homes lost power, 12,000 of them in the old town.", "12,000 of them", 12000, N, N, "exact", "houses", "homes", "other"),
    ("Surveyors counted 300 landslides, 140 of them near the dam.", "140 of them", 140, N, N, "exact", "landslides", "landslides", "other"),
    ("About 40 houses were damaged, at least six of them destroyed.", "at least six of them", 6, 6, N, "at_least", "houses", "houses", "damage"),
    ("No injuries were reported, but hundreds of families in the flooded streets near the canal have evacuated.", "hundreds of families", 100, 100, N, "at_least", "households", "families", "evacuated"),
    ("About 900 people (for now) had to leave their flooded houses.", "About 900 people", 900, N, N, "approx", "people", "people", "displaced"),
    ("After homes collapsed in the rains, a further 300 tents are still needed.", "300 tents", 300, N, N, "exact", "tents", "tents", "relief"),
    ("The areas affected: 41 homes in Ledok village, 230 in Sumber village and 96 in Kali village.", "230", 230, N, N, "exact", "houses", "homes", "affected"),
    ("The ministry sent four teams to carry out damage assessments.", "four teams", 4, N, N, "exact", "teams", "teams", "other"),
    ("The district mobilised 12,400 quintals of rice as emergency relief.", "12,400 quintals", 12400, N, N, "exact", "quintals", "quintals", "relief"),
    ("The council handed out 90 million pounds to 640 owners of razed homes.", "640 owners", 640, N, N, "exact", "people", "owners", "assisted"),
    ("The port evacuated 9,000 residents and called back 2,000 ships.", "2,000 ships", 2000, N, N, "exact", "ships", "ships", "other"),
    ("Crews evacuated 40 villages along the river.", "40 villages", 40, N, N, "exact", "villages", "villages", "evacuated"),
    ("Keepers evacuated around 300 animals from the flooded zoo.", "around 300 animals", 300, N, N, "approx", "animals", "animals", "evacuated"),
    ("Guards evacuated more than 200 inmates from the burning prison.", "more than 200 inmates", 200, 200, N, "at_least", "people", "inmates", "evacuated"),
]


@pytest.mark.parametrize("text, quote, value, low, high, qualifier, unit, who, category", EXAMPLES,
                         ids=[row[1] for row in EXAMPLES])
def test_example(text, quote, value, low, high, qualifier, unit, who, category):
    df = extract_figures(text)
    q_start = text.index(quote)
    hits = df[(df.start < q_start + len(quote)) & (df.end > q_start)]
    assert len(hits) == 1, f"expected one figure on {quote!r}, got:\n{df[['quote', 'value', 'unit']]}"
    fig = hits.iloc[0]

    def same(a, b):
        return (b is None and (a is None or (isinstance(a, float) and math.isnan(a)))) or a == b

    assert same(fig.value, value), ("value", fig.value)
    assert same(fig.low, low), ("low", fig.low)
    assert same(fig.high, high), ("high", fig.high)
    assert (fig.qualifier, fig.unit, fig.who, fig.category) == (qualifier, unit, who, category)
    assert text[fig.start:fig.end] == fig.quote


NOT_FIGURES = [
    "One problem is that the main road is still cut.",
    "The number of boat and truck trips to the valley reached up to 576.",
    "Map: [mappress mapid=”176″] shows the flooded districts.",
    "The survey assumed an average household size of 6.3 among the displaced.",
    "One lawyer said the eviction notices were never posted.",
    "Figures for the province are in the annex (IDMC, 2014, pp.21-24).",
    "Several shelters have closed, but 23 still remain open near the river.",
    "A siege is one in which no food or medicine can enter.",
    "Mobile operators rolled out 5G coverage in the capital.",
    "Volunteers handed out iPhone 15 chargers to the stranded passengers.",
    "The ceasefire took effect on December 8, 2016 at 10:30 in the morning.",
    "Talks resumed on 12 March in Geneva.",
    "The G20 leaders referred to Resolution 2254 and Article 5 of the treaty.",
    "A 12-year-old girl was among the patients.",
    "The boy, aged 7, was treated at the clinic.",
    "It is the country's second city and its 3rd largest port.",
    "For information call +41 22 917 1234 or (022) 917-1234.",
    "The 2015 floods were the worst in memory.",
    "The COVID-19 response plan was updated.",
    "1. Shelter\n2. Food\n3. Water",
    "One of the doctors said no one had left the building.",
    "Two of the camps were closed and another was flooded.",
    "\u201cWe lost everything,\u201d said one mother whose shop had burned.",
    "The meeting starts at 9 am on Monday.",
    "Delegates of the G7 and the A4 office met again.",
    "Ten others joined the talks in the capital.",
    "The mission was founded by 3 Jesuits in the valley.",
    "A second convoy left the city on Monday.",
    "Both the ID.5 and the ID.7 models were recalled.",
    "The home side won 3-2 thanks to a late goal.",
    "Figure 3 shows where the roads are cut.",
    "The report covers people displaced between 2009 and 2014.",
    "Posted on May 21, 2019 by the regional office.",
    "A 7-month old girl was rescued from the river.",
    "Crowds gathered to remember those who lost their lives there in 1988.",
    "Shells hit a house on Street 14 near the port.",
    "The island hosts a research station and a lighthouse.",
    "The clinic ran COVID -19 tests for the staff.",
    "The striker hurt in Game 2 was back on Sunday.",
    "In 2022 most residents left the valley.",
    "In 2019 police arrested the organisers of the march.",
    "Since 2014 people have fled the region in waves.",
    "Les pluies du 22 mars ont inondé la ville.",
    "Most measles cases were found in children under 7.",
    "Of the patients, 40 suffered burns and 12 lack documents.",
    "Some 120 require repairs after the storm.",
    "Malnutrition among under-5 children is rising.",
    "Heavy rain caused another billion-dollar disaster in the valley.",
    "There was at least one, possibly a second blast near the port.",
    "The section ends here.\n14\nDisplaced Persons\nSince January more families have left.",
    "Between 1550 and 1850 winters in the valley were colder.",
    "Residents got reverse 911 calls telling them to stay indoors.",
    "The album sold 3.1m combined streamed and boxed units.",
    "The well is at 34°03′08″N, 71°20′E.",
]


@pytest.mark.parametrize("text", NOT_FIGURES)
def test_not_a_figure(text):
    df = extract_figures(text)
    assert df.empty, df[["quote", "value", "unit"]]


def test_a_count_of_places_after_a_count_of_people_does_not_take_their_noun():
    """'17 of the country's provinces' once became 17 homeless people (the noun carried over)."""
    df = extract_figures("Floods left 32,000 homeless; all 17 of the country's provinces are on alert.")
    assert df.quote.tolist() == ["32,000 homeless"]


def test_a_whole_reported_missing_is_missing():
    """'the 12 fishermen reported missing': 'reported' stands between the whole and its participle."""
    df = extract_figures("Nine of the 12 fishermen reported missing on Sunday were found alive.")
    assert df.loc[df.quote == "12 fishermen", "category"].tolist() == ["missing"]


def test_a_part_and_its_whole_are_two_figures_each_with_what_happened_to_it():
    """'Two of the 14 hostages were killed': two killed, and 14 hostages (not 14 killed)."""
    df = extract_figures("Two of the 14 hostages were killed during the rescue.")
    rows = df[["quote", "value", "unit", "who", "category"]].values.tolist()
    assert rows == [["Two of the 14 hostages", 2, "people", "hostages", "killed"],
                    ["14 hostages", 14, "people", "hostages", "kidnapped"]]


def test_a_person_word_before_a_place_noun_is_no_group_of_people():
    """'one of the two IDP sites' once gave one displaced person; the sites are what is counted."""
    df = extract_figures("Rain flooded one of the two IDP sites near the town.")
    assert df[["quote", "unit"]].values.tolist() == [["two IDP sites", "sites"]]


def test_another_refers_back_to_the_last_thing_counted():
    """'another two million' after a count of hectares once became two million people killed."""
    df = extract_figures("Floods drowned half a million hectares of crops and another two million were never planted.")
    assert df.quote.tolist() == ["half a million hectares"]


def test_a_verb_after_a_bare_number_is_not_the_noun_it_counts():
    """'300 need repairs' was 300 repairs and 'about 50 received kits' 50 kits: the number counts
    houses or people named elsewhere, never the object of the verb."""
    df = extract_figures("Of the 900 houses inspected, 300 need repairs. About 50 received hygiene kits.")
    assert df.quote.tolist() == ["900 houses"]


@pytest.mark.parametrize("text, count, noun, size, unit", [
    ("WFP distributed 2,000 25-kg bags of rice in the camp.", 2000, "bags", 25, "kg"),
    ("Volunteers handed out twenty five-litre jerrycans.", 20, "jerrycans", 5, "litres"),
])
def test_a_count_of_things_of_a_given_size(text, count, noun, size, unit):
    """'2,000 25-kg bags': two figures, the bags counted and the size of one bag."""
    df = extract_figures(text)
    assert [(r.value, r.who) for r in df.itertuples() if r.unit == noun] == [(count, noun)]
    assert [(r.value, r.unit) for r in df.itertuples() if r.unit == unit] == [(size, unit)]
