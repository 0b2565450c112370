/**
 * Given names with gender, for pronoun resolution ("he"/"she") and for recognising person names.
 * Common US given names (in the spirit of the public-domain US Census name-frequency lists, written
 * from memory) plus given names common in international news. Names used for both sexes (Jordan,
 * Taylor, Kim, Sasha…) are `unisex`: `genderOfFirstName` returns undefined for them.
 *
 * Also in here: Asian family names that news uses as the short form of a person ("Xi", "Kim", "Li",
 * "Wang"): they are in `firstNames` as unisex so that "Xi said" can be recognised, without a gender.
 */
import { splitList } from './util';

const MALE =
  // US common
  'James|John|Robert|Michael|William|David|Richard|Joseph|Thomas|Charles|Christopher|Daniel|Matthew|Anthony|' +
  'Mark|Donald|Steven|Paul|Andrew|Joshua|Kenneth|Kevin|Brian|George|Timothy|Ronald|Edward|Jason|Jeffrey|Ryan|' +
  'Jacob|Gary|Nicholas|Eric|Jonathan|Stephen|Larry|Justin|Scott|Brandon|Benjamin|Samuel|Gregory|Alexander|' +
  'Frank|Patrick|Raymond|Jack|Dennis|Jerry|Tyler|Aaron|Jose|Adam|Nathan|Henry|Douglas|Zachary|Peter|Kyle|' +
  'Ethan|Walter|Noah|Jeremy|Christian|Keith|Roger|Terry|Gerald|Harold|Sean|Austin|Carl|Arthur|Lawrence|' +
  'Dylan|Jesse|Bryan|Joe|Jordan|Billy|Bruce|Albert|Willie|Gabriel|Logan|Alan|Juan|Wayne|Roy|Ralph|Randy|' +
  'Eugene|Vincent|Russell|Elijah|Louis|Bobby|Philip|Johnny|Howard|Fred|Clarence|Earl|Victor|Martin|Ernest|' +
  'Phillip|Todd|Jesse|Craig|Alan|Shawn|Chris|Jim|Bill|Tom|Mike|Bob|Dave|Steve|Tony|Dan|Danny|Jimmy|Tommy|' +
  'Ricky|Johnny|Bobby|Stanley|Leonard|Dale|Manuel|Rodney|Curtis|Norman|Allen|Marvin|Vincent|Glenn|Jeffery|' +
  'Travis|Jeff|Chad|Jacob|Lee|Melvin|Alfred|Kyle|Francis|Bradley|Jesus|Herbert|Frederick|Ray|Joel|Edwin|Don|' +
  'Eddie|Ricky|Troy|Randall|Barry|Alexander|Bernard|Mario|Leroy|Francisco|Marcus|Micheal|Theodore|Clifford|' +
  'Miguel|Oscar|Jay|Jim|Tom|Calvin|Alex|Jon|Ronnie|Bill|Lloyd|Tommy|Leon|Derek|Warren|Darrell|Jerome|Floyd|' +
  'Leo|Alvin|Tim|Wesley|Gordon|Dean|Greg|Jorge|Dustin|Pedro|Derrick|Dan|Zachary|Corey|Herman|Maurice|' +
  'Vernon|Roberto|Clyde|Glen|Hector|Shane|Ricardo|Sam|Rick|Lester|Brent|Ramon|Charlie|Tyler|Gilbert|Gene|' +
  'Marc|Reginald|Ruben|Brett|Angel|Nathaniel|Rafael|Leslie|Edgar|Milton|Raul|Ben|Chester|Cecil|Duane|Franklin|' +
  'Andre|Elmer|Brad|Gabriel|Ron|Mitchell|Roland|Arnold|Harvey|Jared|Adrian|Karl|Cory|Claude|Erik|Darryl|' +
  'Jamie|Neil|Jessie|Christian|Javier|Fernando|Clinton|Ted|Mathew|Tyrone|Darren|Lonnie|Lance|Cody|Julio|' +
  'Kelly|Kurt|Allan|Nelson|Guy|Clayton|Hugh|Max|Dwayne|Dwight|Armando|Felix|Jimmie|Everett|Jordan|Ian|Wallace|' +
  'Ken|Bob|Jaime|Casey|Alfredo|Alberto|Dave|Ivan|Johnnie|Sidney|Byron|Julian|Isaac|Morris|Clifton|Willard|' +
  'Daryl|Ross|Virgil|Andy|Marshall|Salvador|Perry|Kirk|Sergio|Marion|Tracy|Seth|Kent|Terrance|Rene|Eduardo|' +
  'Terrence|Enrique|Freddie|Wade|Austin|Stuart|Fredrick|Arturo|Alejandro|Jackie|Joey|Nick|Luther|Wendell|' +
  'Jeremiah|Evan|Julius|Dana|Donnie|Otis|Shannon|Trevor|Oliver|Luke|Homer|Gerard|Doug|Kenny|Hubert|Angelo|' +
  'Shaun|Lyle|Matt|Lynn|Alfonso|Orlando|Rex|Carlton|Ernesto|Cameron|Neal|Pablo|Lorenzo|Omar|Wilbur|Blake|' +
  'Grant|Horace|Roderick|Kerry|Abraham|Willis|Rickey|Jean|Ira|Andres|Cesar|Johnathan|Malcolm|Rudolph|Damon|' +
  'Kelvin|Rudy|Preston|Alton|Archie|Marco|Wm|Pete|Randolph|Garry|Geoffrey|Jonathon|Felipe|Bennie|Gerardo|' +
  'Ed|Dominic|Robin|Loren|Delbert|Colin|Guillermo|Earnest|Lucas|Benny|Noel|Spencer|Rodolfo|Myron|Edmund|' +
  'Garrett|Salvatore|Cedric|Lowell|Gregg|Sherman|Devin|Sylvester|Kim|Roosevelt|Israel|Jermaine|' +
  'Forrest|Wilbert|Leland|Simon|Guadalupe|Irving|Carroll|Bryant|Owen|Rufus|Woodrow|Sammy|Kristopher|' +
  'Mack|Levi|Marcos|Gustavo|Jake|Lionel|Marty|Taylor|Ellis|Gilberto|Clint|Nicolas|Laurence|Ismael|' +
  'Orville|Drew|Jody|Ervin|Dewey|Al|Wilfred|Josh|Hugo|Ignacio|Caleb|Tomas|Sheldon|Erick|Frankie|Stewart|' +
  'Doyle|Darrel|Rogelio|Terence|Santiago|Alonzo|Elias|Bert|Elbert|Ramiro|Conrad|Pat|Noah|Grady|Phil|Cornelius|' +
  'Lamar|Rolando|Clay|Percy|Dexter|Bradford|Merle|Darin|Amos|Terrell|Moses|Irvin|Saul|Roman|Darnell|Randal|' +
  'Tommie|Timmy|Darrin|Winston|Brendan|Toby|Van|Abel|Dominick|Boyd|Courtney|Jan|Emilio|Elijah|Cary|Domingo|' +
  'Aubrey|Emmett|Marlon|Emanuel|Jerald|Edmond|Emil|Dewayne|Will|Otto|Teddy|Reynaldo|Bret|Morgan|Jess|' +
  'Trent|Humberto|Emmanuel|Stephan|Louie|Vicente|Lamont|Stacy|Garland|Miles|Micah|Efrain|Billie|Logan|Heath|' +
  'Rodger|Harley|Demetrius|Ethan|Eldon|Rocky|Pierre|Freddy|Eli|Bryce|Antoine|Robbie|Kendall|Royce|' +
  'Sterling|Mickey|Chase|Grover|Elton|Dylan|Chuck|Damian|Reuben|Stan|August|Leonardo|Jasper|Russel|' +
  'Erwin|Benito|Hans|Monte|Blaine|Ernie|Curt|Quentin|Agustin|Murray|Jamal|Devon|Adolfo|Harrison|Tyson|Burton|' +
  'Brady|Elliott|Wilfredo|Bart|Jarrod|Vance|Denis|Damien|Joaquin|Harlan|Desmond|Elliot|Darwin|Ashley|Gregorio|' +
  'Buddy|Xavier|Kermit|Roscoe|Esteban|Anton|Solomon|Scotty|Norbert|Elvin|Nolan|Carey|Rod|Quinton|' +
  'Hal|Brain|Rob|Elwood|Kendrick|Darius|Moises|Marlin|Fidel|Thaddeus|Cliff|Marcel|Ali|Jackson|Raphael|' +
  'Bryon|Armand|Alvaro|Jeffry|Dane|Joesph|Thurman|Ned|Sammie|Rusty|Michel|Monty|Rory|Fabian|Reggie|Mason|' +
  'Graham|Kris|Isaiah|Vaughn|Gus|Avery|Loyd|Diego|Alexis|Adolph|Norris|Millard|Rocco|Gonzalo|Derick|Rodrigo|' +
  'Gerry|Stacey|Carmen|Wiley|Rigoberto|Alphonso|Ty|Shelby|Rickie|Noe|Vern|Bobbie|Reed|Jefferson|Elvis|' +
  'Bernardo|Mauricio|Hiram|Donovan|Basil|Riley|Ollie|Nickolas|Maynard|Scot|Vince|Quincy|Eddy|Sebastian|' +
  'Federico|Ulysses|Heriberto|Donnell|Cole|Denny|Gavin|Emery|Ward|Romeo|Jayson|Dion|Dante|Clement|Coy|' +
  'Odell|Maxwell|Jarvis|Bruno|Issac|Dudley|Brock|Sanford|Colby|Carmelo|Barney|Nestor|Hollis|Stefan|' +
  'Donny|Art|Linwood|Beau|Weldon|Galen|Isidro|Truman|Delmar|Johnathon|Silas|Frederic|Dick|Kirby|Irwin|' +
  'Merlin|Merrill|Charley|Marcelino|Lane|Cleo|Carlo|Trenton|Kurtis|Hunter|Aurelio|Winfred|Vito|' +
  'Collin|Carter|Leonel|Emory|Pasquale|Mohammad|Mariano|Danial|Blair|Landon|Dirk|Branden|Adan|' +
  'Clair|Buford|Bernie|Wilmer|Emerson|Zachery|Fletcher|Jacques|Errol|Dalton|Monroe|Josue|Dominique|' +
  'Edwardo|Booker|Wilford|Sonny|Shelton|Carson|Theron|Raymundo|Daren|Tristan|Robby|Lincoln|Jame|' +
  'Genaro|Gale|Bennett|Octavio|Cornell|Laverne|Arron|Antony|Herschel|Alva|Giovanni|Garth|Cyrus|Cyril|' +
  'Ronny|Stevie|Lon|Freeman|Duncan|Kennith|Carmine|Augustine|Erich|Chadwick|Wilburn|Russ|Reid|' +
  'Myles|Morton|Jonas|Forest|Mitchel|Mervin|Zane|Rich|Jamel|Lazaro|Alphonse|Randell|Johnie|' +
  'Jarrett|Brooks|Ariel|Abdul|Dusty|Luciano|Lindsey|Tracey|Seymour|Scottie|Eugenio|Mohammed|Sandy|Valentin|' +
  'Chance|Arnulfo|Lucien|Ferdinand|Thad|Ezra|Sydney|Aldo|Rubin|Mitch|Earle|Abe|Wyatt|Marquis|Lanny|' +
  'Kareem|Jamar|Boris|Isiah|Emile|Elmo|Aron|Leopoldo|Everette|Josef|Gail|Eloy|Dorian|Rodrick|Reinaldo|Lucio|' +
  'Jerrod|Weston|Hershel|Barton|Parker|Lemuel|Lavern|Burt|Jules|Gil|Eliseo|Ahmad|Nigel|Efren|Antwan|Alden|' +
  'Margarito|Coleman|Refugio|Dino|Osvaldo|Les|Deandre|Normand|Kieth|Ivory|Andrea|Trey|Norberto|Napoleon|' +
  'Jerold|Fritz|Rosendo|Milford|Deon|Christoper|Alfonzo|Lyman|Josiah|Brant|Wilton|Rico|Jamaal|Dewitt|' +
  'Brenton|Olin|Foster|Faustino|Claudio|Judson|Gino|Edgardo|Berry|Alec|Tanner|Jarred|Donn|' +
  'Tad|Porfirio|Odis|Lenard|Chauncey|Tod|Mel|Marcelo|Kory|Augustus|Keven|Hilario|' +
  'Bud|Sal|Orval|Mauro|Dannie|Zachariah|Olen|Anibal|Milo|Jed|Dillon|Amado|Newton|' +
  'Lenny|Tory|Richie|Lupe|Horacio|Brice|Mohamed|Delmer|Dario|Dee|Mac|Jonah|Jerrold|Robt|Hank|Rupert|' +
  'Rolland|Kenton|Damion|Antone|Waldo|Fredric|Bradly|Quinn|Kip|Burl|Walker|Tyree|Jefferey|Ahmed|Liam|' +
  'Mason|Aiden|Jayden|Jaxon|Grayson|Carter|Wyatt|Lincoln|Hudson|Asher|Mateo|Leo|Ezekiel|Theo|Kai|Axel|Ryder|' +
  'Brayden|Cooper|Easton|Bentley|Jace|Declan|Elliot|Rowan|Silas|Miles|Jaxson|Nolan|Roman|Camden|Carson|Maverick|' +
  'Kayden|Brody|Colton|Landon|Josiah|Gael|Enzo|Luca|Finn|Jasper|Beckett|Waylon|Atticus|Brooks|Emmett|Harvey|' +
  // international news
  'Vladimir|Sergei|Sergey|Dmitry|Dmitri|Dmitriy|Alexei|Alexey|Aleksei|Aleksandr|Alexandr|Andrei|Andrey|Mikhail|' +
  'Nikolai|Nikolay|Yuri|Yury|Igor|Oleg|Ivan|Pavel|Viktor|Gennady|Anatoly|Valery|Vyacheslav|Yevgeny|Evgeny|' +
  'Konstantin|Maxim|Maksim|Roman|Ruslan|Ramzan|Arkady|Boris|Leonid|Grigory|Pyotr|Fyodor|Stanislav|Vitaly|' +
  'Vitali|Volodymyr|Oleksandr|Oleksiy|Oleksii|Mykola|Mykhailo|Andriy|Andrii|Dmytro|Petro|Vasyl|Taras|Yuriy|' +
  'Bohdan|Serhiy|Serhii|Valeriy|Vitaliy|Denys|Kyrylo|Artem|Denis|Anton|Lech|Andrzej|Jaroslaw|Jarosław|Donald|' +
  'Mateusz|Tomasz|Radoslaw|Radosław|Zbigniew|Krzysztof|Piotr|Pawel|Paweł|Wojciech|Marek|Jakub|Vaclav|Václav|' +
  'Milos|Miloš|Zoran|Aleksandar|Slobodan|Dragan|Goran|Milorad|Franjo|Viktor|Janos|János|Laszlo|László|Gyorgy|' +
  'György|Emmanuel|Olaf|Recep|Narendra|Benjamin|Jacques|Helmut|Gerhard|Jean|Pierre|Francois|François|' +
  'Giuseppe|Hans|Klaus|Jurgen|Jürgen|Wolfgang|Friedrich|Frank-Walter|Horst|Heiko|Christian|Markus|Armin|' +
  'Robert|Boris|Karl|Franz|Joachim|Hermann|Dieter|Manfred|Uwe|Gunter|Günter|Guenter|Rainer|Stefan|Matthias|' +
  'Thorsten|Lars|Jens|Jan|Kai|Sven|Nils|Jonas|Niklas|Lukas|Tobias|Florian|Sebastian|Nicolas|Edouard|Édouard|' +
  'Gabriel|Bruno|Gerald|Gérald|Jean-Luc|Jean-Marie|Jean-Pierre|Jean-Claude|Jean-Yves|Jean-Paul|Jean-Michel|' +
  'Francois-Xavier|Dominique|Didier|Thierry|Olivier|Laurent|Philippe|Alain|Bernard|Michel|Yves|Herve|Hervé|' +
  'Sylvain|Cedric|Cédric|Benoit|Benoît|Mathieu|Kylian|Zinedine|Antoine|Raphael|Raphaël|Silvio|Matteo|Mario|' +
  'Sergio|Giorgio|Giovanni|Luigi|Paolo|Enrico|Romano|Massimo|Gianni|Roberto|Alessandro|Andrea|Francesco|' +
  'Lorenzo|Luca|Marco|Carlo|Fabio|Stefano|Antonio|Pedro|Mariano|Felipe|Juan|Jose|José|Luis|Carlos|Alberto|' +
  'Santiago|Pablo|Alfredo|Javier|Jorge|Miguel|Rafael|Fernando|Manuel|Enrique|Ignacio|Xavi|Andres|Andrés|' +
  'Iker|Cristiano|Joao|João|Marcelo|Luiz|Inacio|Inácio|Jair|Lula|Nicolas|Nicolás|Hugo|Evo|Gustavo|Gabriel|' +
  'Andres|Alvaro|Álvaro|Ivan|Iván|Rodrigo|Lionel|Diego|Sebastian|Sebastián|Javier|Mauricio|Cristian|Nayib|' +
  'Daniel|Fidel|Raul|Raúl|Ernesto|Che|Augusto|Mohammed|Muhammad|Mohammad|Mohamed|Mohamad|Muhammed|' +
  'Mehmet|Ahmed|Ahmad|Ali|Hassan|Hasan|Hussein|Husain|Hussain|Omar|Umar|Abdullah|Abdel|Abdul|Abdulaziz|' +
  'Abdelaziz|Abdulrahman|Abdel-Fattah|Abdel Fattah|Abu|Khalid|Khaled|Khalil|Faisal|Fahd|Salman|Sultan|' +
  'Tamim|Hamad|Mahmoud|Mahmud|Mustafa|Mustapha|Ibrahim|Ismail|Yusuf|Youssef|Yousef|Yasser|Yasir|Saeed|' +
  'Said|Saad|Sami|Samir|Karim|Kareem|Tariq|Tarek|Walid|Waleed|Nabil|Nasser|Naser|Bashar|Hafez|Rafik|Rafiq|' +
  'Fouad|Jamal|Kamal|Majid|Hamid|Hamed|Javad|Jawad|Ebrahim|Hassan|Hossein|Mahmoud|Ruhollah|Ayatollah|Qassem|' +
  'Qasem|Ismail|Osama|Ayman|Abu Bakr|Anwar|Imran|Nawaz|Shehbaz|Shahbaz|Asif|Pervez|Zulfikar|Bilawal|Rahul|' +
  'Amit|Arvind|Rajnath|Nitin|Ajit|Subrahmanyam|Manmohan|Atal|Lal|Krishna|Ravi|Raj|Rajesh|Ramesh|' +
  'Suresh|Sanjay|Vijay|Anil|Sunil|Ashok|Vikram|Arjun|Rohit|Virat|Sachin|Mahendra|Shah|Yogi|Shinzo|Fumio|' +
  'Yoshihide|Shigeru|Taro|Junichiro|Naoto|Yoshihiko|Hiroshi|Takeshi|Kenji|Koji|Akira|Haruki|Hideki|Kazuo|' +
  'Masahiro|Naoki|Satoshi|Shohei|Yuzuru|Kei|Ichiro|Jinping|Keqiang|Qiang|Yi|Jiabao|Hu|Jintao|Zemin|' +
  'Xiaoping|Zedong|Wei|Ming|Jun|Jie|Tao|Lei|Hao|Yang|Jian|Feng|Bo|Gang|Moon|Jae-in|Yoon|Suk-yeol|Jae-myung|' +
  'Jong-un|Jong-il|Il-sung|Joko|Prabowo|Susilo|Ferdinand|Rodrigo|Bongbong|Hun|Prayuth|Thaksin|Anutin|Najib|' +
  'Mahathir|Anwar|Lee|Hsien|Nelson|Jacob|Cyril|Thabo|Kgalema|Julius|Jomo|Uhuru|William|Raila|Yoweri|Paul|' +
  'Abiy|Isaias|Salva|Riek|Omar|Abdel|Muammar|Hosni|Anwar|Gamal|Kofi|Boutros|Ban|Antonio|António|Jens|Mark|' +
  'Anders|Fredrik|Stefan|Ulf|Magnus|Olof|Erik|Gustav|Per|Bjorn|Björn|Jonas|Sauli|Alexander|Petteri|' +
  'Kyriakos|Alexis|Andreas|Nikos|Yannis|Giorgos|Konstantinos|Dimitris|Stelios|Mitsotakis|Tayyip|Ekrem|Kemal|' +
  'Ahmet|Binali|Hakan|Mevlut|Mevlüt|Abdullah|Ilham|Nikol|Serzh|Robert|Mikheil|Irakli|Bidzina|Levan|' +
  'Kassym-Jomart|Nursultan|Shavkat|Emomali|Sadyr|Alexander|Alyaksandr|Aliaksandr|Ilie|Igor|' +
  'Klaus|Benjamin|Naftali|Yair|Benny|Gideon|Isaac|Itamar|Bezalel|Yoav|Gadi|Avigdor|Ehud|Ariel|Shimon|Yitzhak|' +
  'Menachem|Moshe|Avi|Yossi|Yaakov|Yosef|Eli|Amir|Ismail|Yahya|Khaled|Marwan|Mahmoud|Saleh|Salah|Nabih|Michel|' +
  'Najib|Saad|Rafic|Tammam|Bashir|Walid|Gebran|Fuad|Nouri|Haider|Mustafa|Masoud|Masud|Nechirvan|Barham|Jalal|' +
  'Moqtada|Hashem|Ebrahim|Hassan|Mohammad-Javad|Abbas|Ali-Akbar|Mir-Hossein|Akbar|Mehdi|Ahmadinejad|Reza|' +
  'Keir|Rishi|Tony|Gordon|Nick|Ed|Jeremy|Nigel|Boris|Sadiq|Humza|Nicola|Alex|' +
  'Justin|Stephen|Pierre|Jagmeet|Scott|Malcolm|Anthony|Kevin|Chris|Christopher|Winston|Hamish|' +
  'Kirill|Patriarch|Joseph|Jorge|Pope|Leo|Benedict|Francis|Rowan|Justin|Desmond|Kofi|Lionel|Neymar|Kylian|' +
  'Erling|Harry|Wayne|Cristiano|Roger|Rafael|Novak|Andy|Carlos|Jannik|Daniil|Stefanos|Alexander|Tiger|Rory|' +
  'Max|Sebastian|Fernando|Michael|Kimi|Valtteri|Charles|Lando|Oscar|Usain|Mo|Eliud|Kipchoge|Haile|' +
  'Wladimir|Vitali|Oleksandr|Tyson|Floyd|Manny|Saul|Canelo|Kobe|LeBron|Stephen|Kevin|Giannis|Luka|Nikola|' +
  'Shaquille|Magic|Larry|Kareem|Tom|Patrick|Aaron|Peyton|Eli|Drew|Derek|Babe|Shohei|Wayne|Sidney|Alexander|' +
  'Jeff|Elon|Bill|Warren|Steve|Larry|Sergey|Sundar|Satya|Tim|Jensen|Sam|Dario|Demis|Mark|Jack|Jamie|Lloyd|' +
  'Marco|Mitt|Mitch|Chuck|Lindsey|Ted|Rand|Bernie|Hakeem|Kevin|Ron|Gavin|Greg|Glenn|Josh|Pete|Tim|JD|J.D.|' +
  'Rudy|Newt|Dick|Rex|Mike|Kash|Hunter|Beau|Barron|Eric|Merrick|Jerome|Ben|Antony|Lloyd|Alejandro|Xavier|' +
  'Barack|Joe|Donald|Ronald|Jimmy|Gerald|Richard|Lyndon|Dwight|Harry|Franklin|Herbert|Calvin|' +
  'Woodrow|Theodore|Grover|Ulysses|Abraham|Vivek|Ramaswamy|Matt|Byron|' +
  'Geert|Mark|Rob|Dick|Wopke|Charles|Alexander|Frederik|Haakon|Harald|Carl|Felipe|Willem-Alexander|Philippe|' +
  'Albert|Rainier|Hans-Adam|Akihito|Naruhito|Hirohito|Vajiralongkorn|Bhumibol|Sihamoni|Abdullah|Hussein|' +
  'Mohammed bin|Tamim|Mansour|Zayed|Khalifa|Qaboos|Haitham|Jaber|Sabah|Nawaf|Mishal|Ilya|Ilia|Mikhail|Lev|Semyon|Timur|Rustam|Ramzan';

const FEMALE =
  // US common
  'Mary|Patricia|Linda|Barbara|Elizabeth|Jennifer|Maria|Susan|Margaret|Dorothy|Lisa|Nancy|Karen|Betty|Helen|' +
  'Sandra|Donna|Carol|Ruth|Sharon|Michelle|Laura|Sarah|Kimberly|Deborah|Jessica|Shirley|Cynthia|Angela|Melissa|' +
  'Brenda|Amy|Anna|Rebecca|Virginia|Kathleen|Pamela|Martha|Debra|Amanda|Stephanie|Carolyn|Christine|Marie|' +
  'Janet|Catherine|Frances|Ann|Joyce|Diane|Alice|Julie|Heather|Teresa|Doris|Gloria|Evelyn|Jean|Cheryl|Mildred|' +
  'Katherine|Joan|Ashley|Judith|Rose|Janice|Kelly|Nicole|Judy|Christina|Kathy|Theresa|Beverly|Denise|Tammy|' +
  'Irene|Jane|Lori|Rachel|Marilyn|Andrea|Kathryn|Louise|Sara|Anne|Jacqueline|Wanda|Bonnie|Julia|Ruby|Lois|' +
  'Tina|Phyllis|Norma|Paula|Diana|Annie|Lillian|Emily|Robin|Peggy|Crystal|Gladys|Rita|Dawn|Connie|Florence|' +
  'Tracy|Edna|Tiffany|Carmen|Rosa|Cindy|Grace|Wendy|Victoria|Edith|Sherry|Sylvia|Josephine|Thelma|Shannon|' +
  'Sheila|Ethel|Ellen|Elaine|Marjorie|Carrie|Charlotte|Monica|Esther|Pauline|Emma|Juanita|Anita|Rhonda|Hazel|' +
  'Amber|Eva|Debbie|April|Leslie|Clara|Lucille|Jamie|Joanne|Eleanor|Valerie|Danielle|Megan|Alicia|Suzanne|' +
  'Michele|Gail|Bertha|Darlene|Veronica|Jill|Erin|Geraldine|Lauren|Cathy|Joann|Lorraine|Lynn|Sally|Regina|' +
  'Erica|Beatrice|Dolores|Bernice|Audrey|Yvonne|Annette|June|Samantha|Marion|Dana|Stacy|Ana|Renee|Ida|Vivian|' +
  'Roberta|Holly|Brittany|Melanie|Loretta|Yolanda|Jeanette|Laurie|Katie|Kristen|Vanessa|Alma|Sue|Elsie|Beth|' +
  'Jeanne|Vicki|Carla|Tara|Rosemary|Eileen|Terri|Gertrude|Lucy|Tonya|Ella|Stacey|Wilma|Gina|Kristin|Jessie|' +
  'Natalie|Agnes|Vera|Charlene|Bessie|Delores|Melinda|Pearl|Arlene|Maureen|Colleen|Allison|Tamara|Joy|' +
  'Georgia|Constance|Lillie|Claudia|Jackie|Marcia|Tanya|Nellie|Minnie|Marlene|Heidi|Glenda|Lydia|Viola|' +
  'Courtney|Marian|Stella|Caroline|Dora|Jo|Vickie|Mattie|Terry|Maxine|Irma|Mabel|Marsha|Myrtle|Lena|Christy|' +
  'Deanna|Patsy|Hilda|Gwendolyn|Jennie|Nora|Margie|Nina|Cassandra|Leah|Penny|Kay|Priscilla|Naomi|Carole|' +
  'Brandy|Olga|Billie|Dianne|Tracey|Leona|Jenny|Felicia|Sonia|Miriam|Velma|Becky|Bobbie|Violet|Kristina|Toni|' +
  'Misty|Mae|Shelly|Daisy|Ramona|Sherri|Erika|Katrina|Claire|Lindsey|Lindsay|Geneva|Guadalupe|Belinda|Margarita|' +
  'Sheryl|Cora|Faye|Ada|Natasha|Sabrina|Isabel|Marguerite|Hattie|Harriet|Molly|Cecilia|Kristi|Brandi|Blanche|' +
  'Sandy|Rosie|Joanna|Iris|Eunice|Angie|Inez|Lynda|Madeline|Amelia|Alberta|Genevieve|Monique|Jodi|Janie|Maggie|' +
  'Kayla|Sonya|Jan|Lee|Kristine|Candace|Fannie|Maryann|Opal|Alison|Yvette|Melody|Luz|Susie|Olivia|Flora|' +
  'Shelley|Kristy|Mamie|Lula|Lola|Verna|Beulah|Antoinette|Candice|Juana|Jeannette|Pam|Kelli|Hannah|Whitney|' +
  'Bridget|Karla|Celia|Latoya|Patty|Shelia|Gayle|Della|Vicky|Lynne|Sheri|Marianne|Kara|Jacquelyn|Erma|Blanca|' +
  'Myra|Leticia|Pat|Krista|Roxanne|Angelica|Johnnie|Robyn|Adrienne|Rosalie|Alexandra|Brooke|Bethany|' +
  'Sadie|Bernadette|Traci|Jody|Kendra|Jasmine|Nichole|Rachael|Chelsea|Mable|Ernestine|Muriel|Marcella|Elena|' +
  'Krystal|Angelina|Nadine|Kari|Estelle|Dianna|Paulette|Lora|Mona|Doreen|Rosemarie|Angel|Desiree|Antonia|' +
  'Hope|Ginger|Janis|Betsy|Christie|Freda|Mercedes|Meredith|Lynette|Teri|Cristina|Eula|Leigh|Meghan|Sophia|' +
  'Eloise|Rochelle|Gretchen|Cecelia|Raquel|Henrietta|Alyssa|Jana|Kelley|Gwen|Kerry|Jenna|Tricia|Laverne|' +
  'Olive|Alexis|Tasha|Silvia|Elvira|Casey|Delia|Sophie|Kate|Patti|Lorena|Kellie|Sonja|Lila|Lana|Darla|May|' +
  'Mindy|Essie|Mandy|Lorene|Elsa|Josefina|Jeannie|Miranda|Dixie|Lucia|Marta|Faith|Lela|Johanna|Shari|Camille|' +
  'Tami|Shawna|Elisa|Ebony|Melba|Ora|Nettie|Tabitha|Ollie|Jaime|Winifred|Kristie|Marina|Alisha|Aimee|Rena|' +
  'Myrna|Marla|Tammie|Latasha|Bonita|Patrice|Ronda|Sherrie|Addie|Francine|Deloris|Stacie|Adriana|Cheri|' +
  'Shelby|Abigail|Celeste|Jewel|Cara|Adele|Rebekah|Lucinda|Dorthy|Chris|Effie|Trina|Reba|Sallie|Aurora|' +
  'Lenora|Etta|Lottie|Kerri|Trisha|Nikki|Estella|Francisca|Josie|Tracie|Marissa|Karin|Brittney|Janelle|' +
  'Lourdes|Laurel|Helene|Fern|Elva|Corinne|Kelsey|Ina|Bettie|Elisabeth|Aida|Caitlin|Ingrid|Iva|Eugenia|Christa|' +
  'Goldie|Cassie|Maude|Jenifer|Therese|Frankie|Dena|Lorna|Janette|Latonya|Candy|Morgan|Consuelo|Tamika|Rosetta|' +
  'Debora|Cherie|Polly|Dina|Jewell|Fay|Jillian|Dorothea|Nell|Trudy|Esperanza|Patrica|Kimberley|Shanna|Helena|' +
  'Carolina|Cleo|Stefanie|Rosario|Ola|Janine|Mollie|Lupe|Alisa|Lou|Maribel|Susanne|Bette|Susana|Elise|Cecile|' +
  'Isabelle|Lesley|Jocelyn|Paige|Joni|Rachelle|Leola|Daphne|Alta|Ester|Petra|Graciela|Imogene|Jolene|Keisha|' +
  'Lacey|Glenna|Gabriela|Keri|Ursula|Lizzie|Kirsten|Shana|Adeline|Mayra|Jayne|Jaclyn|Gracie|Sondra|Carmela|' +
  'Marisa|Rosalind|Charity|Tonia|Beatriz|Marisol|Clarice|Jeanine|Sheena|Angeline|Frieda|Lily|Robbie|Shauna|' +
  'Millie|Claudette|Cathleen|Angelia|Gabrielle|Autumn|Katharine|Summer|Jodie|Staci|Lea|Christi|Jimmie|Justine|' +
  'Elma|Luella|Margret|Dominique|Socorro|Rene|Martina|Margo|Mavis|Callie|Bobbi|Maritza|Lucile|Leanne|Jeannine|' +
  'Deana|Aileen|Lorie|Ladonna|Willa|Manuela|Gale|Selma|Dolly|Sybil|Abby|Lara|Ivy|Dee|Winnie|Marcy|Luisa|' +
  'Jeri|Magdalena|Ofelia|Meagan|Audra|Matilda|Leila|Cornelia|Bianca|Simone|Bettye|Randi|Virgie|Latisha|' +
  'Barbra|Georgina|Eliza|Leann|Bridgette|Rhoda|Haley|Adela|Nola|Bernadine|Flossie|Ila|Greta|Ruthie|Nelda|' +
  'Minerva|Lilly|Terrie|Letha|Hilary|Estela|Valarie|Brianna|Rosalyn|Earline|Catalina|Ava|Mia|Evangeline|' +
  'Noelle|Joanna|Avis|Ella|Isabella|Madison|Chloe|Addison|Aubrey|Zoey|Harper|Avery|Scarlett|Layla|Aria|' +
  'Penelope|Riley|Nora|Hazel|Ellie|Stella|Violet|Aurora|Savannah|Audrey|Brooklyn|Bella|Claire|Skylar|Lucy|' +
  'Paisley|Everly|Anna|Caroline|Nova|Genesis|Emilia|Kennedy|Maya|Willow|Kinsley|Naomi|Aaliyah|Elena|Ariana|' +
  'Allison|Gabriella|Alice|Madelyn|Cora|Ruby|Eva|Serenity|Autumn|Adeline|Hailey|Gianna|Valentina|Isla|Eliana|' +
  'Quinn|Nevaeh|Ivy|Sadie|Piper|Lydia|Alexa|Josephine|Emery|Julia|Delilah|Arianna|Vivian|Kaylee|Sophie|' +
  'Brielle|Madeline|Jessica|Megan|Lauren|Ashley|Brittany|Amanda|Samantha|Stephanie|Heather|Nicole|Taylor|' +
  'Kayla|Courtney|Chelsea|Alexis|Danielle|Amber|Kelsey|Rachel|Jasmine|Sierra|Destiny|Mackenzie|Jordan|Haley|' +
  'Kaitlyn|Katelyn|Mariah|Olivia|Sydney|Morgan|Abigail|Hannah|Emily|Victoria|Natalie|Grace|Jenna|Vanessa|' +
  'Erica|Monica|Crystal|Tiffany|Melissa|Jennifer|Kimberly|Angela|Christina|Misty|Kristen|Lindsay|' +
  // international news
  'Angela|Ursula|Annalena|Christine|Kaja|Roberta|Giorgia|Elly|Ilaria|Marine|Segolene|Ségolène|Anne|Brigitte|' +
  'Valerie|Valérie|Rachida|Elisabeth|Élisabeth|Agnes|Agnès|Nathalie|Isabelle|Sylvie|Catherine|Martine|Francoise|' +
  'Françoise|Simone|Helene|Hélène|Aurelie|Aurélie|Amelie|Amélie|Sandrine|Celine|Céline|Margot|Lea|Léa|Camille|' +
  'Manon|Chloé|Ines|Inès|Sahra|Alice|Saskia|Nancy|Svenja|Julia|Claudia|Heike|Katrin|Karin|Petra|Sabine|Birgit|' +
  'Gisela|Ingrid|Ursula|Renate|Monika|Ilse|Hildegard|Gerda|Anke|Silke|Franziska|Malu|Manuela|Lisa|Greta|Frida|' +
  'Magdalena|Ebba|Magdalena|Mette|Helle|Margrethe|Erna|Sanna|Tarja|Jacinda|Theresa|Margaret|Elizabeth|' +
  'Diana|Camilla|Kate|Meghan|Catherine|Anne|Liz|Priti|Suella|Kemi|Angela|Rachel|Yvette|Nicola|Ruth|Kezia|' +
  'Hillary|Michelle|Melania|Jill|Laura|Nancy|Kamala|Condoleezza|Madeleine|Samantha|Janet|Elizabeth|Alexandria|' +
  'Ilhan|Rashida|Ayanna|Pramila|Lisa|Susan|Marsha|Joni|Tammy|Kirsten|Amy|Patty|Maria|Debbie|Maxine|Nikki|' +
  'Kristi|Tulsi|Marjorie|Lauren|Elise|Liz|Sarah|Ketanji|Sonia|Elena|Ruth|Sandra|Amy|Karoline|Kayleigh|Pam|' +
  'Tulsi|Linda|Kristi|Brooke|Oprah|Taylor|Beyonce|Beyoncé|Rihanna|Adele|Madonna|Serena|Venus|Naomi|' +
  'Simone|Iga|Aryna|Coco|Emma|Maria|Martina|Steffi|Monica|Billie|Ariana|Selena|Miley|Greta|Malala|' +
  'Svetlana|Natalia|Natalya|Tatiana|Tatyana|Olga|Irina|Yelena|Elena|Ekaterina|Yekaterina|Valentina|Lyudmila|' +
  'Ludmila|Galina|Larisa|Marina|Nadezhda|Oksana|Yulia|Yuliya|Anastasia|Anna|Maria|Maria|Alina|Ksenia|Kseniya|' +
  'Daria|Darya|Sofia|Polina|Veronika|Viktoria|Victoria|Zoya|Raisa|Vera|Inna|Alla|Lilia|Zhanna|Kira|Yana|' +
  'Olena|Iryna|Kateryna|Khrystyna|Oleksandra|Halyna|Natalka|Nataliya|Mariya|Mariia|Liudmyla|Hanna|Viktoriia|' +
  'Sviatlana|Svetlana|Maia|Salome|Zuzana|Beata|Agnieszka|Malgorzata|Małgorzata|Katarzyna|Joanna|Ewa|Dorota|' +
  'Marta|Kinga|Krisztina|Judit|Zsuzsanna|Dana|Jana|Vesna|Kolinda|Ana|Jadranka|Dubravka|Mirjana|Jelena|' +
  'Sophia|Dimitra|Eleni|Katerina|Aikaterini|Maria|Fatma|Ayse|Ayşe|Zeynep|Emine|Meral|Tansu|Golda|Tzipi|' +
  'Ayelet|Miri|Merav|Gila|Orit|Shulamit|Hanan|Rania|Noor|Fatima|Fatemeh|Aisha|Ayesha|Khadija|Maryam|' +
  'Mariam|Zainab|Zeinab|Amina|Aminah|Layla|Leila|Laila|Nour|Nur|Huda|Samira|Yasmin|Yasmine|Jasmin|Rana|Dina|' +
  'Lina|Salma|Hind|Mona|Hoda|Asma|Benazir|Maryam|Hasina|Khaleda|Indira|Sonia|Priyanka|Mamata|' +
  'Nirmala|Sushma|Smriti|Jayalalithaa|Mayawati|Kiran|Sunita|Anita|Priya|Pooja|Deepika|Aishwarya|Sania|' +
  'Yingluck|Megawati|Gloria|Corazon|Imelda|Leni|Sara|Ing-wen|Hsiao-bikhim|' +
  'Geun-hye|Yo-jong|Liyuan|Hua|Mei|Ying|Jing|Xiu|Fang|Yan|Ling|Lan|Yuki|Yoko|Yuriko|Sanae|Akie|' +
  'Masako|Michiko|Aiko|Keiko|Naomi|Haruka|Sakura|Mariko|Noriko|Hiroko|Kyoko|Tomoko|Emiko|Junko|Ellen|' +
  'Ngozi|Winnie|Graca|Graça|Nkosazana|Lindiwe|Samia|Joyce|Wangari|Chimamanda|Amina|Catherine|Dilma|' +
  'Cristina|Michelle|Claudia|Xiomara|Dina|Laura|Keiko|Evita|Eva|Rigoberta|Frida|Shakira|Gisele|Isabel|Letizia|' +
  'Sofia|Leonor|Carmen|Dolores|Pilar|Mercedes|Concepcion|Esperanza|Soledad|Yolanda|Begona|Begoña|Ines|Beatriz|' +
  'Giulia|Chiara|Francesca|Federica|Alessandra|Elisabetta|Paola|Laura|Sara|Valeria|Silvia|Emma|Marta|Raffaella|' +
  'Ilaria|Teresa|Anna|Lucia|Rosa|Giovanna|Giuseppina|Antonella|Daniela|Letizia|Mara|Marine|Jacinda|Julia|Penny|' +
  'Sussan|Kristina|Chrystia|Melanie|Danielle|Mélanie|Jody|Kathleen|Rachel|Andrea|Alison|Jenny|Mhairi|Harriet';

/** Used for both sexes often enough that the name alone says nothing. */
const UNISEX =
  'Jordan|Taylor|Kim|Sasha|Alex|Jamie|Casey|Morgan|Avery|Riley|Quinn|Jessie|Robin|Terry|Tracy|Dana|Shannon|' +
  'Leslie|Lee|Lynn|Jean|Kelly|Kerry|Sydney|Courtney|Jody|Jackie|Frankie|Billie|Bobbie|Johnnie|Willie|Jan|Pat|' +
  'Chris|Dale|Gale|Gail|Marion|Shelby|Ashley|Cameron|Drew|Emery|Harper|Hunter|Kennedy|Logan|Peyton|Reese|Rowan|' +
  'Skylar|Angel|Andrea|Carmen|Dominique|Rene|Jaime|Jimmie|Frances|Tracey|Stacy|Stacey|Kris|Sam|Charlie|' +
  'Nur|Noor|Sun|Yan|Jun|Yi|Ming|Hua|Li|Wang|Zhang|Liu|Chen|Xi|Hu|Wen|Kim|Park|Lee|Moon|' +
  'Yoon|Aung|Suu|Hun|Sri|Tsai|Peng|Wu|Sheikh|Shah|Lula|Che|Dee|Toni|Bo|Jo|Sandy|Tory|Ariel|' +
  'Jean-Marie|Kiran|Nikola|Sasha|Dominique|Michele|Andrea|Nicola|Misha|Zhenya|Valya|' +
  'Sacha|Loren|Laverne|Lavern|Carroll|Kendall|Blair|Laurie|Lindsey|Lindsay|Marlo|' +
  'Mo|Rae|Val|Ronnie|Kerry|Jody|Alexis|Ellis|Emerson|Finley|Hayden|Jayden|Parker|Sage|' +
  'Reagan|Jaden|Justice|Oakley|River|Phoenix|Remy|' +
  'Sawyer|Kei|Yuki|Hikaru|Makoto|Akira|Kaoru|Nao|Haruka|' +
  'Shai|Tal|Gal|Ori|Amit|Liron|Ayelet|Lior';

/** Names that are also common words, months or places ("May", "Will", "Georgia"): see `isAmbiguousFirstName`. */
const COMMON_WORD_NAMES =
  'May|June|April|August|Will|Mark|Bill|Grant|Rose|Hope|Faith|Joy|Dawn|Summer|Autumn|Art|Guy|Jack|Sunny|Bob|' +
  'Pat|Sue|Rob|Don|Gene|Chase|Hunter|Miles|Wade|Lane|Dale|Glen|Cliff|Frank|Sandy|Holly|Ivy|Iris|Daisy|Lily|' +
  'Ruby|Amber|Crystal|Pearl|Ray|Norm|Victor|Angel|Christian|Jordan|Georgia|Austin|Chad|Florence|Victoria|' +
  'Paris|Sydney|Charlotte|Madison|Savannah|Virginia|Carolina|Dakota|Phoenix|Israel|India|Kenya|Lincoln|' +
  'Houston|Dallas|Denver|Cleveland|Jackson|Chelsea|Brooklyn|Regina|Major|Prince|Royal|Young|Son|Bud|Mac|' +
  'Sal|Ivory|Forest|Rich|Brooks|Parker|Carter|Walker|Fletcher|Foster|Mason|Cooper|Hank|Buddy|Rusty|Sonny|' +
  'Candy|Honey|Destiny|Serenity|Harmony|Trinity|Genesis|Nova|Skye|Sky|Star|Misty|Stormy|Ginger|Bunny|Kitty|' +
  'Sherry|Brandy|Penny|Rosemary|Olive|Hazel|Violet|Jasmine|Willow|Aurora|Bella|Grace|Charity|Patience|' +
  'Constance|Prudence|Mercy|Melody|Heather|Autumn|Dolly|Flora|Fern|Jewel|Precious|Essence|Lotus|Said|Sami|' +
  'Hu|Wu|Yang|Moon|Park|Sun|Lee|Kim|Bo|Jo|Ali|Abu|Che|Pope|Queen|Sheikh|Shah|Sultan|Patriarch|Ayatollah|' +
  'Numbers|Williams|Davis|Harris|Anderson|Wilson|Clark|Lewis|Reed|Reid|Ward|Ellis|Cruz|Reyes|Santos|Rosario|' +
  'Trinidad|Guadalupe|Dominique|Ariel|German|Jan|Mary|Wm|Robt|Dee|Jewell|Lupe|Thanh|Hung|Sang|Yong|Chi|Chang|' +
  'Sung|Sheikh|Roman|Warren|Gordon|Morris|Barry|Chance|Justice|Lyndon|Mohammed bin|Abdel Fattah|Abu Bakr|' +
  'Hasina|Ahmadinejad|Mitsotakis|Kipchoge|Ramaswamy|Sirleaf|Suk-yeol|Jae-in|Jae-myung|Jong-un|Jong-il|' +
  'Il-sung|Geun-hye|Yo-jong|Ing-wen|Hsiao-bikhim|Liyuan|Jinping|Keqiang|Jiabao|Jintao|Zemin|Xiaoping|Zedong|Hsien|Canelo';

/** Not given names at all, though listed above for convenience (surnames, titles); removed at build. */
const NOT_GIVEN =
  'Numbers|Williams|Davis|Harris|Anderson|Wilson|Clark|Lewis|Ahmadinejad|Mitsotakis|Kipchoge|Ramaswamy|' +
  'Sirleaf|Patriarch|Ayatollah|Pope|Queen|Sheikh|Shah|Sultan|Wm|Robt|Joesph|Jame|Micheal|Christoper|' +
  'Kennith|Kieth|Patrica|Dorthy|Danial|Jefferey|Jeffry|Brain|Mohammed bin|Mitch McConnell';

export type FirstNameGender = 'male' | 'female';

const built = (() => {
  const notGiven = new Set(splitList(NOT_GIVEN));
  const male = new Set(splitList(MALE).filter((n) => !notGiven.has(n)));
  const female = new Set(splitList(FEMALE).filter((n) => !notGiven.has(n)));
  const unisex = new Set(splitList(UNISEX).filter((n) => !notGiven.has(n)));
  // A name listed for both sexes is unisex.
  for (const n of male) if (female.has(n)) unisex.add(n);
  const gender = new Map<string, FirstNameGender>();
  for (const n of male) if (!unisex.has(n)) gender.set(n, 'male');
  for (const n of female) if (!unisex.has(n)) gender.set(n, 'female');
  const all = new Set<string>([...male, ...female, ...unisex]);
  const ambiguous = new Set(splitList(COMMON_WORD_NAMES).filter((n) => all.has(n)));
  return { male, female, unisex, gender, all, ambiguous };
})();

/** Every given name known: male, female and unisex. Case-sensitive ("May", not "may"). */
export const firstNames: ReadonlySet<string> = built.all;
/** Given names that are (almost) always male. */
export const maleFirstNames: ReadonlySet<string> = new Set([...built.gender].filter(([, g]) => g === 'male').map(([n]) => n));
/** Given names that are (almost) always female. */
export const femaleFirstNames: ReadonlySet<string> = new Set([...built.gender].filter(([, g]) => g === 'female').map(([n]) => n));
/** Given names used for both sexes ("Jordan", "Taylor", "Kim"): no gender. */
export const unisexFirstNames: ReadonlySet<string> = built.unisex;
/** Given names that are also months, common words or places ("May", "Will", "Georgia", "Paris"). */
export const ambiguousFirstNames: ReadonlySet<string> = built.ambiguous;

/**
 * The gender a given name implies: "Angela" → 'female', "Vladimir" → 'male', "Jordan"/"Kim" → undefined
 * (unisex), unknown names → undefined. Case-sensitive, but an all-caps headline form ("ANGELA") works.
 */
export function genderOfFirstName(name: string): FirstNameGender | undefined {
  const g = built.gender.get(name);
  if (g !== undefined || name.length < 2) return g;
  if (name === name.toUpperCase() && /[A-Z]/.test(name)) {
    const cap = name[0] + name.slice(1).toLowerCase();
    return built.gender.get(cap);
  }
  return undefined;
}

/** Whether `name` is a known given name (any gender). Case-sensitive. */
export function isFirstName(name: string): boolean {
  return built.all.has(name);
}

/** Whether `name` is a given name that is also a month, common word or place ("May", "Will", "Paris"). */
export function isAmbiguousFirstName(name: string): boolean {
  return built.ambiguous.has(name);
}
