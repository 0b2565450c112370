/**
 * Given names with gender, for pronoun resolution ("he"/"she") and for recognising person names.
 * Common US given names (in the spirit of the public-domain US Census name-frequency lists, written
 * from memory) plus given names common in international news. Names used for both sexes (Jordan,
 * Taylor, Kim, Sasha…) are `unisex`: `genderOfFirstName` returns undefined for them.
 *
 * Also in here: Asian family names that news uses as the short form of a person ("Xi", "Kim", "Li",
 * "Wang"): they are in `firstNames` as unisex so that "Xi said" can be recognised, without a gender.
 */
import { registerList } from './registry';
import { isCalendarWord, sentenceStarters } from './nonEntities';
import { isNationality } from './nationalities';
import { isOrganization } from './organizations';
import { isPlace } from './places';
import type { Gender } from '../types';
import { lazy, LazyMap, LazySet, splitList } from './util';

const MALE =
  // US common
  'James|John|Robert|Michael|William|David|Richard|Joseph|Thomas|Charles|Christopher|Daniel|Matthew|Anthony|' +
  'Mark|Donald|Steven|Paul|Andrew|Joshua|Kenneth|Kevin|Brian|George|Timothy|Ronald|Edward|Jason|Jeffrey|Ryan|' +
  'Jacob|Gary|Nicholas|Eric|Jonathan|Stephen|Larry|Justin|Scott|Brandon|Benjamin|Samuel|Gregory|Alexander|' +
  'Frank|Patrick|Raymond|Jack|Dennis|Jerry|Tyler|Aaron|Jose|Adam|Nathan|Henry|Douglas|Zachary|Peter|Kyle|Ethan|' +
  'Walter|Noah|Jeremy|Christian|Keith|Roger|Gerald|Harold|Sean|Austin|Carl|Arthur|Lawrence|Dylan|Jesse|' +
  'Bryan|Joe|Billy|Bruce|Albert|Gabriel|Alan|Juan|Wayne|Roy|Ralph|Randy|Eugene|Vincent|' +
  'Russell|Elijah|Louis|Bobby|Philip|Johnny|Howard|Fred|Clarence|Earl|Victor|Martin|Ernest|Phillip|Todd|Craig|' +
  'Shawn|Jim|Bill|Tom|Mike|Bob|Dave|Steve|Tony|Dan|Danny|Jimmy|Tommy|Ricky|Stanley|Leonard|Manuel|' +
  'Rodney|Curtis|Norman|Allen|Marvin|Glenn|Jeffery|Travis|Jeff|Chad|Melvin|Alfred|Francis|Bradley|Jesus|' +
  'Herbert|Frederick|Ray|Joel|Edwin|Don|Eddie|Troy|Randall|Barry|Bernard|Mario|Leroy|Francisco|Marcus|Theodore|' +
  'Clifford|Miguel|Oscar|Jay|Calvin|Jon|Lloyd|Leon|Derek|Warren|Darrell|Jerome|Floyd|Leo|Alvin|Tim|' +
  'Wesley|Gordon|Dean|Greg|Jorge|Dustin|Pedro|Derrick|Corey|Herman|Maurice|Vernon|Roberto|Clyde|Glen|Hector|' +
  'Shane|Ricardo|Rick|Lester|Brent|Ramon|Gilbert|Gene|Marc|Reginald|Ruben|Brett|Nathaniel|' +
  'Rafael|Edgar|Milton|Raul|Ben|Chester|Cecil|Duane|Franklin|Andre|Elmer|Brad|Ron|Mitchell|Roland|' +
  'Arnold|Harvey|Jared|Adrian|Karl|Cory|Claude|Erik|Darryl|Neil|Javier|Fernando|Clinton|Ted|' +
  'Mathew|Tyrone|Darren|Lonnie|Lance|Cody|Julio|Kurt|Allan|Nelson|Guy|Clayton|Hugh|Max|Dwayne|Dwight|' +
  'Armando|Felix|Everett|Ian|Wallace|Ken|Alfredo|Alberto|Ivan|Sidney|Byron|Julian|' +
  'Isaac|Morris|Clifton|Willard|Daryl|Ross|Virgil|Andy|Marshall|Salvador|Perry|Kirk|Sergio|Seth|' +
  'Kent|Terrance|Eduardo|Terrence|Enrique|Freddie|Wade|Stuart|Fredrick|Arturo|Alejandro|Joey|Nick|' +
  'Luther|Wendell|Jeremiah|Evan|Julius|Donnie|Otis|Trevor|Oliver|Luke|Homer|Gerard|Doug|Kenny|' +
  'Hubert|Angelo|Shaun|Lyle|Matt|Alfonso|Orlando|Rex|Carlton|Ernesto|Neal|Pablo|Lorenzo|Omar|' +
  'Wilbur|Blake|Grant|Horace|Roderick|Abraham|Willis|Rickey|Ira|Andres|Cesar|Johnathan|Malcolm|' +
  'Rudolph|Damon|Kelvin|Rudy|Preston|Alton|Archie|Marco|Pete|Randolph|Garry|Geoffrey|Jonathon|Felipe|Bennie|' +
  'Gerardo|Ed|Dominic|Delbert|Colin|Guillermo|Earnest|Lucas|Benny|Noel|Spencer|Rodolfo|Myron|' +
  'Edmund|Garrett|Salvatore|Cedric|Lowell|Gregg|Sherman|Devin|Sylvester|Roosevelt|Israel|Jermaine|Forrest|' +
  'Wilbert|Leland|Simon|Irving|Bryant|Owen|Rufus|Woodrow|Sammy|Kristopher|Mack|Levi|Marcos|' +
  'Gustavo|Jake|Lionel|Marty|Gilberto|Clint|Nicolas|Laurence|Ismael|Orville|Ervin|Dewey|' +
  'Al|Wilfred|Josh|Hugo|Ignacio|Caleb|Tomas|Sheldon|Erick|Stewart|Doyle|Darrel|Rogelio|Terence|' +
  'Santiago|Alonzo|Elias|Bert|Elbert|Ramiro|Conrad|Grady|Phil|Cornelius|Lamar|Rolando|Clay|Percy|Dexter|' +
  'Bradford|Merle|Darin|Amos|Terrell|Moses|Irvin|Saul|Roman|Darnell|Randal|Tommie|Timmy|Darrin|Winston|Brendan|' +
  'Toby|Van|Abel|Dominick|Boyd|Emilio|Cary|Domingo|Marlon|Emanuel|Jerald|Edmond|Emil|' +
  'Dewayne|Will|Otto|Teddy|Reynaldo|Bret|Jess|Trent|Humberto|Emmanuel|Stephan|Louie|Vicente|Lamont|' +
  'Garland|Miles|Micah|Efrain|Heath|Rodger|Harley|Demetrius|Eldon|Rocky|Pierre|Freddy|Eli|Bryce|' +
  'Antoine|Royce|Sterling|Mickey|Chase|Grover|Elton|Chuck|Damian|Reuben|Stan|August|Leonardo|' +
  'Jasper|Russel|Erwin|Benito|Hans|Monte|Blaine|Ernie|Curt|Quentin|Agustin|Murray|Jamal|Devon|Adolfo|Harrison|' +
  'Tyson|Burton|Brady|Elliott|Wilfredo|Bart|Jarrod|Vance|Denis|Damien|Joaquin|Harlan|Desmond|Elliot|Darwin|' +
  'Gregorio|Buddy|Xavier|Kermit|Roscoe|Esteban|Anton|Solomon|Scotty|Norbert|Elvin|Nolan|Carey|Rod|' +
  'Quinton|Hal|Rob|Elwood|Kendrick|Darius|Moises|Marlin|Fidel|Thaddeus|Cliff|Marcel|Ali|Jackson|Raphael|Bryon|' +
  'Armand|Alvaro|Dane|Thurman|Ned|Sammie|Rusty|Michel|Monty|Rory|Fabian|Reggie|Graham|Isaiah|Vaughn|Gus|' +
  'Loyd|Diego|Adolph|Norris|Millard|Rocco|Gonzalo|Derick|Rodrigo|Gerry|Wiley|' +
  'Rigoberto|Alphonso|Ty|Rickie|Noe|Vern|Reed|Jefferson|Elvis|Mauricio|Sebastian|Cole|Gavin|' +
  'Bruno|Stefan|Silas|Carter|Mohammad|Landon|Fletcher|Jacques|Dalton|Josue|Tristan|Lincoln|Giovanni|' +
  'Cyrus|Duncan|Reid|Abdul|Mohammed|Ezra|Wyatt|Kareem|Boris|Dorian|Ahmad|Nigel|Trey|Josiah|Alec|Tanner|Mohamed|' +
  'Jonah|Rupert|Ahmed|Hudson|Kai|Cooper|Luca|Finn|' +
  // international news
  'Vladimir|Sergei|Sergey|Dmitry|Dmitri|Dmitriy|Alexei|Alexey|Aleksei|Aleksandr|Alexandr|Andrei|Andrey|Mikhail|' +
  'Nikolai|Nikolay|Yuri|Yury|Igor|Oleg|Pavel|Viktor|Gennady|Anatoly|Valery|Vyacheslav|Yevgeny|Evgeny|' +
  'Konstantin|Maxim|Maksim|Ruslan|Ramzan|Arkady|Leonid|Grigory|Pyotr|Fyodor|Stanislav|Vitaly|Vitali|Volodymyr|' +
  'Oleksandr|Oleksiy|Oleksii|Mykola|Mykhailo|Andriy|Andrii|Dmytro|Petro|Vasyl|Taras|Yuriy|Bohdan|Serhiy|Serhii|' +
  'Valeriy|Vitaliy|Denys|Kyrylo|Artem|Lech|Andrzej|Jaroslaw|Jarosław|Mateusz|Tomasz|Radoslaw|Radosław|Zbigniew|' +
  'Krzysztof|Piotr|Pawel|Paweł|Wojciech|Marek|Jakub|Vaclav|Václav|Milos|Miloš|Zoran|Aleksandar|Slobodan|Dragan|' +
  'Goran|Milorad|Franjo|Janos|János|Laszlo|László|Gyorgy|György|Olaf|Recep|Narendra|Helmut|Gerhard|Francois|' +
  'François|Giuseppe|Klaus|Jurgen|Jürgen|Wolfgang|Friedrich|Frank-Walter|Horst|Heiko|Markus|Armin|Franz|' +
  'Joachim|Hermann|Dieter|Manfred|Uwe|Gunter|Günter|Guenter|Rainer|Matthias|Thorsten|Lars|Jens|Sven|Nils|' +
  'Niklas|Lukas|Tobias|Florian|Edouard|Édouard|Gérald|Jean-Luc|Jean-Pierre|Jean-Claude|Jean-Yves|' +
  'Jean-Paul|Jean-Michel|Francois-Xavier|Didier|Thierry|Olivier|Laurent|Philippe|Alain|Yves|Herve|Hervé|' +
  'Sylvain|Cédric|Benoit|Benoît|Mathieu|Kylian|Zinedine|Raphaël|Silvio|Matteo|Giorgio|Luigi|Paolo|Enrico|' +
  'Romano|Massimo|Gianni|Alessandro|Francesco|Fabio|Stefano|Antonio|José|Luis|Carlos|Xavi|Andrés|Iker|' +
  'Cristiano|Joao|João|Luiz|Inacio|Inácio|Jair|Nicolás|Evo|Álvaro|Iván|Sebastián|Cristian|Nayib|Raúl|' +
  'Augusto|Muhammad|Mohamad|Muhammed|Mehmet|Hassan|Hasan|Hussein|Husain|Hussain|Umar|Abdullah|Abdel|Abdulaziz|' +
  'Abdelaziz|Abdulrahman|Abdel-Fattah|Abdel Fattah|Abu|Khalid|Khaled|Khalil|Faisal|Fahd|Salman|Tamim|Hamad|' +
  'Mahmoud|Mahmud|Mustafa|Mustapha|Ibrahim|Ismail|Yusuf|Youssef|Yousef|Yasser|Yasir|Saeed|Said|Saad|Sami|Samir|' +
  'Karim|Tariq|Tarek|Walid|Waleed|Nabil|Nasser|Naser|Bashar|Hafez|Rafik|Rafiq|Fouad|Kamal|Majid|Hamid|Hamed|' +
  'Javad|Jawad|Ebrahim|Hossein|Ruhollah|Qassem|Qasem|Osama|Ayman|Abu Bakr|Anwar|Imran|Nawaz|Shehbaz|Shahbaz|' +
  'Asif|Pervez|Zulfikar|Bilawal|Rahul|Arvind|Rajnath|Nitin|Ajit|Subrahmanyam|Manmohan|Atal|Lal|Krishna|' +
  'Ravi|Raj|Rajesh|Ramesh|Suresh|Sanjay|Vijay|Anil|Sunil|Ashok|Vikram|Arjun|Rohit|Virat|Sachin|Mahendra|Yogi|' +
  'Shinzo|Fumio|Yoshihide|Shigeru|Taro|Junichiro|Naoto|Yoshihiko|Hiroshi|Takeshi|Kenji|Koji|Haruki|' +
  'Hideki|Kazuo|Masahiro|Naoki|Satoshi|Shohei|Yuzuru|Ichiro|Jinping|Keqiang|Qiang|Jiabao|Jintao|' +
  'Zemin|Xiaoping|Zedong|Wei|Jie|Tao|Lei|Hao|Yang|Jian|Feng|Gang|Jae-in|Suk-yeol|' +
  'Jae-myung|Jong-un|Jong-il|Il-sung|Joko|Prabowo|Susilo|Bongbong|Prayuth|Thaksin|Anutin|Najib|Mahathir|' +
  'Hsien|Thabo|Kgalema|Jomo|Uhuru|Raila|Yoweri|Abiy|Isaias|Salva|Riek|Muammar|Hosni|Gamal|Kofi|Boutros|Ban|' +
  'António|Anders|Fredrik|Ulf|Magnus|Olof|Gustav|Per|Bjorn|Björn|Sauli|Petteri|Kyriakos|Andreas|Nikos|Yannis|' +
  'Giorgos|Konstantinos|Dimitris|Stelios|Tayyip|Ekrem|Kemal|Ahmet|Binali|Hakan|Mevlut|Mevlüt|Ilham|Nikol|Serzh|' +
  'Mikheil|Irakli|Bidzina|Levan|Kassym-Jomart|Nursultan|Shavkat|Emomali|Sadyr|Alyaksandr|Aliaksandr|Ilie|' +
  'Naftali|Yair|Gideon|Itamar|Bezalel|Yoav|Gadi|Avigdor|Ehud|Shimon|Yitzhak|Menachem|Moshe|Avi|Yossi|Yaakov|' +
  'Yosef|Amir|Yahya|Marwan|Saleh|Salah|Nabih|Rafic|Tammam|Bashir|Gebran|Fuad|Nouri|Haider|Masoud|Masud|' +
  'Nechirvan|Barham|Jalal|Moqtada|Hashem|Mohammad-Javad|Abbas|Ali-Akbar|Mir-Hossein|Akbar|Mehdi|Reza|Keir|' +
  'Rishi|Sadiq|Humza|Jagmeet|Hamish|Kirill|Benedict|Neymar|Erling|Harry|Novak|Jannik|Daniil|Stefanos|' +
  'Tiger|Kimi|Valtteri|Lando|Usain|Eliud|Haile|Wladimir|Manny|Canelo|Kobe|LeBron|Giannis|Luka|' +
  'Shaquille|Magic|Babe|Elon|Sundar|Satya|Jensen|Demis|Mitt|Rand|Hakeem|JD|J.D.|Newt|Kash|Barron|' +
  'Merrick|Barack|Lyndon|Vivek|Geert|Wopke|Frederik|Haakon|Harald|Willem-Alexander|Rainier|Hans-Adam|Akihito|' +
  'Naruhito|Hirohito|Vajiralongkorn|Bhumibol|Sihamoni|Mansour|Zayed|Khalifa|Qaboos|Haitham|Jaber|Sabah|Nawaf|' +
  'Mishal|Ilya|Ilia|Lev|Semyon|Timur|Rustam';

const FEMALE =
  // US common
  'Mary|Patricia|Linda|Barbara|Elizabeth|Jennifer|Maria|Susan|Margaret|Dorothy|Lisa|Nancy|Karen|Betty|Helen|' +
  'Sandra|Donna|Carol|Ruth|Sharon|Michelle|Laura|Sarah|Kimberly|Deborah|Jessica|Shirley|Cynthia|Angela|Melissa|' +
  'Brenda|Amy|Anna|Rebecca|Virginia|Kathleen|Pamela|Martha|Debra|Amanda|Stephanie|Carolyn|Christine|Marie|' +
  'Janet|Catherine|Ann|Joyce|Diane|Alice|Julie|Heather|Teresa|Doris|Gloria|Evelyn|Cheryl|Mildred|' +
  'Katherine|Joan|Judith|Rose|Janice|Nicole|Judy|Christina|Kathy|Theresa|Beverly|Denise|Tammy|' +
  'Irene|Jane|Lori|Rachel|Marilyn|Kathryn|Louise|Sara|Anne|Jacqueline|Wanda|Bonnie|Julia|Ruby|Lois|Tina|' +
  'Phyllis|Norma|Paula|Diana|Annie|Lillian|Emily|Peggy|Crystal|Gladys|Rita|Dawn|Connie|Florence|' +
  'Edna|Tiffany|Rosa|Cindy|Grace|Wendy|Victoria|Edith|Sherry|Sylvia|Josephine|Thelma|Sheila|' +
  'Ethel|Ellen|Elaine|Marjorie|Carrie|Charlotte|Monica|Esther|Pauline|Emma|Juanita|Anita|Rhonda|Hazel|Amber|' +
  'Eva|Debbie|April|Clara|Lucille|Joanne|Eleanor|Valerie|Danielle|Megan|Alicia|Suzanne|' +
  'Bertha|Darlene|Veronica|Jill|Erin|Geraldine|Lauren|Cathy|Joann|Lorraine|Sally|Regina|Erica|' +
  'Beatrice|Dolores|Bernice|Audrey|Yvonne|Annette|June|Samantha|Ana|Renee|Ida|Vivian|Roberta|' +
  'Holly|Brittany|Melanie|Loretta|Yolanda|Jeanette|Katie|Kristen|Vanessa|Alma|Sue|Elsie|Beth|Jeanne|' +
  'Vicki|Carla|Tara|Rosemary|Eileen|Terri|Gertrude|Lucy|Tonya|Ella|Wilma|Gina|Kristin|Natalie|' +
  'Agnes|Vera|Charlene|Bessie|Delores|Melinda|Pearl|Arlene|Maureen|Colleen|Allison|Tamara|Joy|Georgia|' +
  'Constance|Lillie|Claudia|Marcia|Tanya|Nellie|Minnie|Marlene|Heidi|Glenda|Lydia|Viola|Marian|' +
  'Stella|Caroline|Dora|Vickie|Mattie|Maxine|Irma|Mabel|Marsha|Myrtle|Lena|Christy|Deanna|Patsy|Hilda|' +
  'Gwendolyn|Jennie|Nora|Margie|Nina|Cassandra|Leah|Penny|Kay|Priscilla|Naomi|Carole|Brandy|Olga|Dianne|' +
  'Leona|Jenny|Felicia|Sonia|Miriam|Velma|Becky|Violet|Kristina|Misty|Mae|Shelly|Daisy|' +
  'Ramona|Sherri|Erika|Katrina|Claire|Geneva|Belinda|Margarita|Sheryl|Cora|Faye|Ada|' +
  'Natasha|Sabrina|Isabel|Marguerite|Hattie|Harriet|Molly|Cecilia|Kristi|Brandi|Blanche|Rosie|Joanna|' +
  'Iris|Eunice|Angie|Inez|Lynda|Madeline|Amelia|Alberta|Genevieve|Monique|Jodi|Janie|Maggie|Kayla|Sonya|' +
  'Kristine|Candace|Fannie|Maryann|Opal|Alison|Yvette|Melody|Luz|Susie|Olivia|Flora|Shelley|Kristy|Mamie|' +
  'Lola|Verna|Beulah|Antoinette|Candice|Juana|Jeannette|Pam|Kelli|Hannah|Whitney|Bridget|Karla|Celia|' +
  'Latoya|Patty|Shelia|Gayle|Della|Vicky|Lynne|Sheri|Marianne|Kara|Jacquelyn|Erma|Blanca|Myra|Leticia|' +
  'Krista|Roxanne|Angelica|Robyn|Adrienne|Rosalie|Alexandra|Brooke|Bethany|Sadie|Bernadette|Traci|' +
  'Kendra|Jasmine|Nichole|Rachael|Chelsea|Mable|Ernestine|Muriel|Marcella|Elena|Krystal|Angelina|Nadine|Kari|' +
  'Estelle|Dianna|Paulette|Lora|Mona|Doreen|Rosemarie|Desiree|Antonia|Hope|Ginger|Janis|Betsy|Christie|' +
  'Freda|Mercedes|Meredith|Lynette|Teri|Cristina|Eula|Leigh|Meghan|Sophia|Eloise|Rochelle|Gretchen|Cecelia|' +
  'Raquel|Henrietta|Alyssa|Jana|Kelley|Gwen|Jenna|Tricia|Olive|Tasha|Silvia|Elvira|' +
  'Delia|Sophie|Kate|Patti|Lorena|Kellie|Sonja|Lila|Lana|Darla|May|Mindy|Essie|Mandy|Lorene|Elsa|Josefina|' +
  'Jeannie|Miranda|Dixie|Lucia|Marta|Faith|Lela|Johanna|Shari|Camille|Tami|Shawna|Elisa|Ebony|Melba|Ora|Nettie|' +
  'Tabitha|Ollie|Winifred|Kristie|Marina|Alisha|Aimee|Rena|Myrna|Marla|Tammie|Latasha|Bonita|Patrice|' +
  'Ronda|Sherrie|Addie|Francine|Deloris|Stacie|Adriana|Cheri|Abigail|Celeste|Jewel|Cara|Adele|Rebekah|' +
  'Lucinda|Effie|Trina|Reba|Sallie|Aurora|Lenora|Etta|Lottie|Kerri|Trisha|Nikki|Estella|Francisca|Josie|' +
  'Tracie|Marissa|Karin|Brittney|Janelle|Lourdes|Laurel|Helene|Fern|Elva|Corinne|Kelsey|Ina|Bettie|Elisabeth|' +
  'Aida|Caitlin|Ingrid|Iva|Eugenia|Christa|Goldie|Cassie|Maude|Jenifer|Therese|Dena|Lorna|Janette|' +
  'Latonya|Candy|Consuelo|Tamika|Rosetta|Debora|Cherie|Polly|Dina|Jewell|Fay|Jillian|Dorothea|Nell|' +
  'Trudy|Esperanza|Kimberley|Shanna|Helena|Carolina|Cleo|Stefanie|Rosario|Ola|Janine|Mollie|Lupe|Alisa|Lou|' +
  'Maribel|Susanne|Bette|Susana|Elise|Cecile|Isabelle|Lesley|Jocelyn|Paige|Joni|Rachelle|Leola|Daphne|Alta|' +
  'Ester|Petra|Graciela|Imogene|Jolene|Keisha|Lacey|Glenna|Gabriela|Keri|Ursula|Lizzie|Kirsten|Shana|Adeline|' +
  'Mayra|Jayne|Jaclyn|Gracie|Sondra|Carmela|Marisa|Rosalind|Charity|Tonia|Beatriz|Marisol|Clarice|Jeanine|' +
  'Sheena|Angeline|Frieda|Lily|Shauna|Millie|Claudette|Cathleen|Angelia|Gabrielle|Autumn|Katharine|' +
  'Summer|Jodie|Staci|Lea|Christi|Justine|Elma|Luella|Margret|Socorro|Martina|Margo|' +
  'Mavis|Callie|Bobbi|Maritza|Lucile|Leanne|Jeannine|Deana|Aileen|Lorie|Ladonna|Willa|Manuela|Selma|Dolly|' +
  'Sybil|Abby|Lara|Ivy|Winnie|Marcy|Luisa|Jeri|Magdalena|Ofelia|Meagan|Audra|Matilda|Leila|Cornelia|Bianca|' +
  'Simone|Bettye|Randi|Virgie|Latisha|Barbra|Georgina|Eliza|Leann|Bridgette|Rhoda|Haley|Adela|Nola|Bernadine|' +
  'Flossie|Ila|Greta|Ruthie|Nelda|Minerva|Lilly|Terrie|Letha|Hilary|Estela|Valarie|Brianna|Rosalyn|Earline|' +
  'Catalina|Ava|Mia|Evangeline|Noelle|Avis|Isabella|Madison|Chloe|Addison|Zoey|Scarlett|' +
  'Layla|Aria|Penelope|Ellie|Savannah|Brooklyn|Bella|Paisley|Everly|Nova|Genesis|Emilia|' +
  'Maya|Willow|Kinsley|Aaliyah|Ariana|Gabriella|Madelyn|Serenity|Hailey|Gianna|Valentina|Isla|Eliana|' +
  'Nevaeh|Piper|Alexa|Delilah|Arianna|Kaylee|Brielle|Sierra|Destiny|Mackenzie|Kaitlyn|' +
  'Katelyn|Mariah|' +
  // international news
  'Annalena|Kaja|Giorgia|Elly|Ilaria|Marine|Segolene|Ségolène|Brigitte|Valérie|Rachida|Élisabeth|Agnès|' +
  'Nathalie|Sylvie|Martine|Francoise|Françoise|Hélène|Aurelie|Aurélie|Amelie|Amélie|Sandrine|Celine|Céline|' +
  'Margot|Léa|Manon|Chloé|Ines|Inès|Sahra|Saskia|Svenja|Heike|Katrin|Sabine|Birgit|Gisela|Renate|Monika|Ilse|' +
  'Hildegard|Gerda|Anke|Silke|Franziska|Malu|Frida|Ebba|Mette|Helle|Margrethe|Erna|Sanna|Tarja|Jacinda|Camilla|' +
  'Liz|Priti|Suella|Kemi|Kezia|Hillary|Melania|Kamala|Condoleezza|Madeleine|Alexandria|Ilhan|Rashida|' +
  'Ayanna|Pramila|Tulsi|Ketanji|Karoline|Kayleigh|Oprah|Beyonce|Beyoncé|Rihanna|Madonna|Serena|Venus|Iga|Aryna|' +
  'Coco|Steffi|Selena|Miley|Malala|Svetlana|Natalia|Natalya|Tatiana|Tatyana|Irina|Yelena|Ekaterina|Yekaterina|' +
  'Lyudmila|Ludmila|Galina|Larisa|Nadezhda|Oksana|Yulia|Yuliya|Anastasia|Alina|Ksenia|Kseniya|Daria|Darya|' +
  'Sofia|Polina|Veronika|Viktoria|Zoya|Raisa|Inna|Alla|Lilia|Zhanna|Kira|Yana|Olena|Iryna|Kateryna|Khrystyna|' +
  'Oleksandra|Halyna|Natalka|Nataliya|Mariya|Mariia|Liudmyla|Hanna|Viktoriia|Sviatlana|Maia|Salome|Zuzana|' +
  'Beata|Agnieszka|Malgorzata|Małgorzata|Katarzyna|Ewa|Dorota|Kinga|Krisztina|Judit|Zsuzsanna|Vesna|Kolinda|' +
  'Jadranka|Dubravka|Mirjana|Jelena|Dimitra|Eleni|Katerina|Aikaterini|Fatma|Ayse|Ayşe|Zeynep|Emine|Meral|Tansu|' +
  'Golda|Tzipi|Miri|Merav|Gila|Orit|Shulamit|Hanan|Rania|Fatima|Fatemeh|Aisha|Ayesha|Khadija|' +
  'Maryam|Mariam|Zainab|Zeinab|Amina|Aminah|Laila|Nour|Huda|Samira|Yasmin|Yasmine|Jasmin|Rana|Lina|Salma|' +
  'Hind|Hoda|Asma|Benazir|Hasina|Khaleda|Indira|Priyanka|Mamata|Nirmala|Sushma|Smriti|Jayalalithaa|Mayawati|' +
  'Sunita|Priya|Pooja|Deepika|Aishwarya|Sania|Yingluck|Megawati|Corazon|Imelda|Leni|Ing-wen|Hsiao-bikhim|' +
  'Geun-hye|Yo-jong|Liyuan|Mei|Ying|Jing|Xiu|Fang|Ling|Lan|Yoko|Yuriko|Sanae|Akie|Masako|Michiko|' +
  'Aiko|Keiko|Sakura|Mariko|Noriko|Hiroko|Kyoko|Tomoko|Emiko|Junko|Ngozi|Graca|Graça|Nkosazana|Lindiwe|' +
  'Samia|Wangari|Chimamanda|Dilma|Xiomara|Evita|Rigoberta|Shakira|Gisele|Letizia|Leonor|Pilar|Concepcion|' +
  'Soledad|Begona|Begoña|Giulia|Chiara|Francesca|Federica|Alessandra|Elisabetta|Paola|Valeria|Raffaella|' +
  'Giovanna|Giuseppina|Antonella|Daniela|Mara|Sussan|Chrystia|Mélanie|Mhairi';

/** Used for both sexes often enough that the name alone says nothing. */
const UNISEX =
  'Jordan|Taylor|Kim|Sasha|Alex|Jamie|Casey|Morgan|Avery|Riley|Quinn|Jessie|Robin|Terry|Tracy|Dana|Shannon|' +
  'Leslie|Lee|Lynn|Jean|Kelly|Kerry|Sydney|Courtney|Jody|Jackie|Frankie|Billie|Bobbie|Johnnie|Willie|Jan|Pat|' +
  'Chris|Dale|Gale|Gail|Marion|Shelby|Ashley|Cameron|Drew|Emery|Harper|Hunter|Kennedy|Logan|Peyton|Reese|Rowan|' +
  'Skylar|Angel|Andrea|Carmen|Dominique|Rene|Jaime|Jimmie|Frances|Tracey|Stacy|Stacey|Kris|Sam|Charlie|Nur|' +
  'Noor|Sun|Yan|Jun|Yi|Ming|Hua|Li|Wang|Zhang|Liu|Chen|Xi|Hu|Wen|Park|Moon|Yoon|Aung|Suu|Hun|Sri|Tsai|Peng|Wu|' +
  'Lula|Che|Dee|Toni|Bo|Jo|Sandy|Tory|Ariel|Jean-Marie|Kiran|Nikola|Michele|Nicola|Misha|Zhenya|Valya|Sacha|' +
  'Loren|Laverne|Lavern|Carroll|Kendall|Blair|Laurie|Lindsey|Lindsay|Marlo|Mo|Rae|Val|Ronnie|Alexis|Ellis|' +
  'Emerson|Finley|Hayden|Jayden|Parker|Sage|Reagan|Jaden|Justice|Oakley|River|Phoenix|Remy|Sawyer|Kei|Yuki|' +
  'Hikaru|Makoto|Akira|Kaoru|Nao|Haruka|Shai|Tal|Gal|Ori|Amit|Liron|Ayelet|Lior' +
  // listed for both sexes
  '|Guadalupe|Aubrey|Robbie';

/**
 * Names that are also everyday words ("Will", "Hope", "Grant"). Names that are also months, places,
 * countries or nationalities ("May", "Georgia", "Paris", "Christian") are found from those lexicons.
 */
const COMMON_WORD_NAMES =
  'Will|Mark|Bill|Grant|Rose|Hope|Faith|Joy|Dawn|Summer|Autumn|Art|Guy|Jack|Sunny|Bob|Pat|Sue|Rob|Don|Gene|' +
  'Chase|Hunter|Miles|Wade|Lane|Dale|Glen|Cliff|Frank|Sandy|Holly|Ivy|Iris|Daisy|Lily|Ruby|Amber|Crystal|Pearl|' +
  'Ray|Norm|Victor|Angel|Major|Prince|Royal|Young|Bud|Mac|Sal|Ivory|Forest|Rich|Brooks|Parker|Carter|Walker|' +
  'Fletcher|Foster|Mason|Cooper|Hank|Buddy|Rusty|Sonny|Candy|Honey|Destiny|Serenity|Harmony|Trinity|Genesis|' +
  'Nova|Skye|Star|Misty|Stormy|Ginger|Kitty|Sherry|Brandy|Penny|Rosemary|Olive|Hazel|Violet|Jasmine|Willow|' +
  'Aurora|Bella|Grace|Charity|Patience|Constance|Prudence|Mercy|Melody|Heather|Dolly|Flora|Fern|Jewel|Precious|' +
  'Essence|Said|Moon|Park|Sun|Lee|Kim|Bo|Jo|Abu|Che|Ward|Ellis|Reed|Reid|Warren|Gordon|Morris|Barry|Chance|' +
  'Justice|Roman|Dee|Lupe|Jan|Ariel|Dominique|Guadalupe|Lincoln';

const built = lazy(() => {
  const unisex = new Set(splitList(UNISEX));
  const gender = new Map<string, Gender>();
  const all = new Set<string>(unisex);
  for (const n of splitList(MALE)) {
    all.add(n);
    if (!unisex.has(n)) gender.set(n, 'male');
  }
  for (const n of splitList(FEMALE)) {
    all.add(n);
    if (unisex.has(n)) continue;
    // A name listed for both sexes is unisex.
    if (gender.get(n) === 'male') {
      gender.delete(n);
      unisex.add(n);
    } else gender.set(n, 'female');
  }
  return { unisex, gender, all };
});

/** Every given name known: male, female and unisex. Case-sensitive ("May", not "may"). */
export const firstNames: ReadonlySet<string> = new LazySet(() => built().all);
/** Given names that are (almost) always male. */
export const maleFirstNames: ReadonlySet<string> = new LazySet(() => [...built().gender].filter(([, g]) => g === 'male').map(([n]) => n));
/** Given names that are (almost) always female. */
export const femaleFirstNames: ReadonlySet<string> = new LazySet(() =>
  [...built().gender].filter(([, g]) => g === 'female').map(([n]) => n),
);
/** Given names used for both sexes ("Jordan", "Taylor", "Kim"): no gender. */
export const unisexFirstNames: ReadonlySet<string> = new LazySet(() => built().unisex);
const genders: ReadonlyMap<string, Gender> = new LazyMap(() => built().gender);

const ambiguous = lazy((): ReadonlySet<string> => {
  const words = new Set(splitList(COMMON_WORD_NAMES));
  const out = new Set<string>();
  for (const n of firstNames) {
    if (words.has(n) || isCalendarWord(n) || isPlace(n) || isNationality(n) || isOrganization(n) || sentenceStarters.has(n)) out.add(n);
  }
  return out;
});

/**
 * Given names that are also months, everyday words, places, nationalities or organizations ("May",
 * "Will", "Georgia", "Christian", "Jordan"). Built on first use.
 */
export function ambiguousFirstNames(): ReadonlySet<string> {
  return ambiguous();
}

/**
 * The gender a given name implies: "Angela" → 'female', "Vladimir" → 'male', "Jordan"/"Kim" → undefined
 * (unisex), unknown names → undefined. Case-sensitive, but an all-caps headline form ("ANGELA") works.
 */
export function genderOfFirstName(name: string): Gender | undefined {
  const g = genders.get(name);
  if (g !== undefined || name.length < 2) return g;
  if (name === name.toUpperCase() && /[A-Z]/.test(name)) {
    const cap = name[0] + name.slice(1).toLowerCase();
    return genders.get(cap);
  }
  return undefined;
}

/** Whether `name` is a known given name (any gender). Case-sensitive. */
export function isFirstName(name: string): boolean {
  return firstNames.has(name);
}

/** Whether `name` is a given name that is also a month, everyday word, place or nationality ("May", "Will", "Paris"). */
export function isAmbiguousFirstName(name: string): boolean {
  return firstNames.has(name) && ambiguous().has(name);
}

registerList('names.male', () => splitList(MALE));
registerList('names.female', () => splitList(FEMALE));
registerList('names.unisex', () => splitList(UNISEX));
registerList('names.commonWords', () => splitList(COMMON_WORD_NAMES));
