// The CAMEO 1.1b3 event codes with the facts dyad needs about each: name, Goldstein weight
// (GDELT and ICEWS variants), QuadClass (GDELT and ICEWS conventions) and PLOVER event type and
// mode. A code without its own PLOVER mapping takes its parent's.
// Columns: code, name, goldstein, goldsteinICEWS, quadClass, quadClassICEWS, ploverType, ploverMode

extension CAMEOCatalog {
    /// One line per CAMEO code, tab-separated; parsed once by `CAMEOCatalog.standard`.
    static let table: String = """
        01\tMAKE PUBLIC STATEMENT\t0.0\t0.0\t1\t1\t\t
        010\tMake statement\t0.0\t0.0\t1\t1\t\t
        011\tDecline comment\t-0.1\t-0.1\t1\t1\t\t
        012\tMake pessimistic comment\t-0.4\t-0.4\t1\t1\t\t
        013\tMake optimistic comment\t0.4\t0.4\t1\t1\t\t
        014\tConsider policy option\t0.0\t0.0\t1\t1\t\t
        015\tAcknowledge or claim responsibility\t0.0\t0.0\t1\t1\t\t
        016\tDeny responsibility\t-2.0\t-5.0\t1\t1\t\t
        017\tEngage in symbolic act\t0.0\t0.0\t1\t1\t\t
        018\tMake empathetic comment\t3.4\t3.4\t1\t1\t\t
        019\tExpress accord\t3.4\t3.4\t1\t1\t\t
        02\tAPPEAL\t3.0\t3.0\t1\t1\t\t
        020\tMake an appeal or request\t3.0\t3.0\t1\t1\t\t
        021\tAppeal for material cooperation\t3.4\t3.4\t1\t1\t\t
        0211\tAppeal for economic cooperation\t3.4\t3.4\t1\t1\t\t
        0212\tAppeal for military cooperation\t3.4\t3.4\t1\t1\t\t
        0213\tAppeal for judicial cooperation\t3.4\t3.4\t1\t1\t\t
        0214\tAppeal for intelligence\t3.4\t3.4\t1\t1\t\t
        022\tAppeal for diplomatic cooperation (such as policy support)\t3.2\t3.4\t1\t1\t\t
        023\tAppeal for aid\t3.4\t3.4\t1\t1\t\t
        0231\tAppeal for economic aid\t3.4\t3.4\t1\t1\t\t
        0232\tAppeal for military aid\t3.4\t3.4\t1\t1\t\t
        0233\tAppeal for humanitarian aid\t3.4\t3.4\t1\t1\t\t
        0234\tAppeal for military protection or peacekeeping\t3.4\t3.4\t1\t1\t\t
        024\tAppeal for political reform\t-0.3\t-0.3\t1\t1\t\t
        0241\tAppeal for change in leadership\t-0.3\t-0.3\t1\t1\t\t
        0242\tAppeal for policy change\t-0.3\t-0.3\t1\t1\t\t
        0243\tAppeal for rights\t-0.3\t-0.3\t1\t1\t\t
        0244\tAppeal for change in institutions, regime\t-0.3\t-0.3\t1\t1\t\t
        025\tAppeal to yield\t-0.3\t-0.3\t1\t1\t\t
        0251\tAppeal for easing of administrative sanctions\t-0.3\t-0.3\t1\t1\t\t
        0252\tAppeal for easing of political dissent\t-0.3\t-0.3\t1\t1\t\t
        0253\tAppeal for release of persons or property\t-0.3\t-0.3\t1\t1\t\t
        0254\tAppeal for easing of economic sanctions, boycott, or embargo\t-0.3\t-0.3\t1\t1\t\t
        0255\tAppeal for target to allow international involvement (non-mediation)\t-0.3\t-0.3\t1\t1\t\t
        0256\tAppeal for de-escalation of military engagement\t-0.3\t-0.3\t1\t1\t\t
        026\tAppeal to others to meet or negotiate\t4.0\t4.0\t1\t1\t\t
        027\tAppeal to others to settle dispute\t4.0\t4.0\t1\t1\t\t
        028\tAppeal to engage in or accept mediation\t4.0\t4.0\t1\t1\t\t
        03\tEXPRESS INTENT TO COOPERATE\t4.0\t4.0\t1\t1\tAGREE\t
        030\tExpress intent to cooperate\t4.0\t4.0\t1\t1\tAGREE\t
        031\tExpress intent to engage in material cooperation\t5.2\t5.2\t1\t1\tAGREE\t
        0311\tExpress intent to cooperate economically\t5.2\t5.2\t1\t1\tAGREE\t
        0312\tExpress intent to cooperate militarily\t5.2\t5.2\t1\t1\tAGREE\t
        0313\tExpress intent to cooperate on judicial matters\t5.2\t5.2\t1\t1\tAGREE\t
        0314\tExpress intent to cooperate on intelligence\t5.2\t5.2\t1\t1\tAGREE\t
        032\tExpress intent to engage in diplomatic cooperation (such as policy support)\t4.5\t4.5\t1\t1\tAGREE\t
        033\tExpress intent to provide material aid\t5.2\t5.2\t1\t1\tAGREE\t
        0331\tExpress intent to provide economic aid\t5.2\t5.2\t1\t1\tAGREE\t
        0332\tExpress intent to provide military aid\t5.2\t5.2\t1\t1\tAGREE\t
        0333\tExpress intent to provide humanitarian aid\t5.2\t5.2\t1\t1\tAGREE\t
        0334\tExpress intent to provide military protection or peacekeeping\t6.0\t6.0\t1\t1\tAGREE\t
        034\tExpress intent to institute political reform\t7.0\t7.0\t1\t1\tAGREE\t
        0341\tExpress intent to change leadership\t7.0\t7.0\t1\t1\tAGREE\t
        0342\tExpress intent to change policy\t7.0\t7.0\t1\t1\tAGREE\t
        0343\tExpress intent to provide rights\t7.0\t7.0\t1\t1\tAGREE\t
        0344\tExpress intent to change institutions, regime\t7.0\t7.0\t1\t1\tAGREE\t
        035\tExpress intent to yield\t7.0\t7.0\t1\t1\tAGREE\t
        0351\tExpress intent to ease administrative sanctions\t7.0\t7.0\t1\t1\tAGREE\t
        0352\tExpress intent to ease popular dissent\t7.0\t7.0\t1\t1\tAGREE\t
        0353\tExpress intent to release persons or property\t7.0\t7.0\t1\t1\tAGREE\t
        0354\tExpress intent to ease economic sanctions, boycott, or embargo\t7.0\t7.0\t1\t1\tAGREE\t
        0355\tExpress intent to allow international involvement (non-mediation)\t7.0\t7.0\t1\t1\tAGREE\t
        0356\tExpress intent to de-escalate military engagement\t7.0\t7.0\t1\t1\tAGREE\t
        036\tExpress intent to meet or negotiate\t4.0\t4.0\t1\t1\tAGREE\t
        037\tExpress intent to settle dispute\t5.0\t5.0\t1\t1\tAGREE\t
        038\tExpress intent to accept mediation\t7.0\t7.0\t1\t1\tAGREE\t
        039\tExpress intent to mediate\t5.0\t5.0\t1\t1\tAGREE\t
        04\tCONSULT\t1.0\t1.0\t1\t1\tCONSULT\t
        040\tConsult\t1.0\t1.0\t1\t1\tCONSULT\t
        041\tDiscuss by telephone\t1.0\t1.0\t1\t1\tCONSULT\tphone
        042\tMake a visit\t1.9\t1.9\t1\t1\tCONSULT\tvisit
        043\tHost a visit\t2.8\t2.8\t1\t1\tCONSULT\tvisit
        044\tMeet at a 'third' location\t2.5\t2.5\t1\t1\tCONSULT\tthird-party
        045\tMediate\t5.0\t5.0\t1\t1\tCONSULT\t
        046\tEngage in negotiation\t7.0\t7.0\t1\t1\tCONSULT\t
        05\tENGAGE IN DIPLOMATIC COOPERATION\t3.5\t3.5\t1\t1\tSUPPORT\t
        050\tEngage in diplomatic cooperation\t3.5\t3.5\t1\t1\tSUPPORT\t
        051\tPraise or endorse\t3.4\t3.4\t1\t1\tSUPPORT\t
        052\tDefend verbally\t3.5\t3.5\t1\t1\tSUPPORT\t
        053\tRally support on behalf of\t3.8\t3.8\t1\t1\tSUPPORT\t
        054\tGrant diplomatic recognition\t6.0\t6.0\t1\t1\tSUPPORT\t
        055\tApologize\t7.0\t7.0\t1\t1\tSUPPORT\t
        056\tForgive\t7.0\t7.0\t1\t1\tSUPPORT\t
        057\tSign formal agreement\t8.0\t8.0\t1\t1\tSUPPORT\t
        06\tENGAGE IN MATERIAL COOPERATION\t6.0\t6.0\t2\t2\tCOOPERATE\t
        060\tEngage in material cooperation\t6.0\t6.0\t2\t2\tCOOPERATE\t
        061\tCooperate economically\t6.4\t6.4\t2\t2\tCOOPERATE\t
        062\tCooperate militarily\t7.4\t7.4\t2\t2\tCOOPERATE\t
        063\tEngage in judicial cooperation\t7.4\t7.4\t2\t2\tCOOPERATE\t
        064\tShare intelligence or information\t7.0\t7.0\t2\t2\tCOOPERATE\t
        07\tPROVIDE AID\t7.0\t7.0\t2\t2\tAID\t
        070\tProvide aid\t7.0\t7.0\t2\t2\tAID\t
        071\tProvide economic aid\t7.4\t7.4\t2\t2\tAID\t
        072\tProvide military aid\t8.3\t8.3\t2\t2\tAID\t
        073\tProvide humanitarian aid\t7.4\t7.4\t2\t2\tAID\t
        074\tProvide military protection or peacekeeping\t8.5\t8.5\t2\t2\tAID\t
        075\tGrant asylum\t7.0\t7.0\t2\t2\tAID\t
        08\tYIELD\t5.0\t5.0\t2\t2\tCONCEDE\t
        080\tYield\t5.0\t5.0\t2\t2\tCONCEDE\t
        081\tEase administrative sanctions\t5.0\t5.0\t2\t2\tCONCEDE\t
        0811\tEase restrictions on political freedoms\t5.0\t5.0\t2\t2\tCONCEDE\t
        0812\tEase ban on political parties or politicians\t5.0\t5.0\t2\t2\tCONCEDE\t
        0813\tEase curfew\t5.0\t5.0\t2\t2\tRETREAT\t
        0814\tEase state of emergency or martial law\t5.0\t5.0\t2\t2\tRETREAT\t
        082\tEase political dissent\t5.0\t5.0\t2\t2\tCONCEDE\t
        083\tAccede to requests or demands for political reform\t5.0\t5.0\t2\t2\tCONCEDE\t
        0831\tAccede to demands for change in leadership\t5.0\t5.0\t2\t2\tCONCEDE\t
        0832\tAccede to demands for change in policy\t5.0\t5.0\t2\t2\tCONCEDE\t
        0833\tAccede to demands for rights\t5.0\t5.0\t2\t2\tCONCEDE\t
        0834\tAccede to demands for change in institutions, regime\t5.0\t5.0\t2\t2\tCONCEDE\t
        084\tReturn, release\t7.0\t7.0\t2\t2\tRETREAT\t
        0841\tReturn, release person(s)\t7.0\t7.0\t2\t2\tRETREAT\trelease
        0842\tReturn, release property\t7.0\t7.0\t2\t2\tRETREAT\treturn
        085\tEase economic sanctions, boycott, embargo\t7.0\t7.0\t2\t2\tRETREAT\tease
        086\tAllow international involvement\t9.0\t9.0\t2\t2\tRETREAT\taccess
        0861\tReceive deployment of peacekeepers\t9.0\t9.0\t2\t2\tRETREAT\taccess
        0862\tReceive inspectors\t9.0\t9.0\t2\t2\tRETREAT\taccess
        0863\tAllow humanitarian access\t9.0\t9.0\t2\t2\tRETREAT\taccess
        087\tDe-escalate military engagement\t9.0\t9.0\t2\t2\tRETREAT\tdisarm
        0871\tDeclare truce, ceasefire\t9.0\t9.0\t2\t2\tRETREAT\tceasefire
        0872\tEase military blockade\t9.0\t9.0\t2\t2\tRETREAT\twithdraw
        0873\tDemobilize armed forces\t9.0\t9.0\t2\t2\tRETREAT\tdisarm
        0874\tRetreat or surrender militarily\t10.0\t10.0\t2\t2\tRETREAT\tdisarm
        09\tINVESTIGATE\t-2.0\t-2.0\t2\t3\tACCUSE\tinvestigate
        090\tInvestigate\t-2.0\t-2.0\t2\t3\tACCUSE\tinvestigate
        091\tInvestigate crime, corruption\t-2.0\t-2.0\t2\t3\tACCUSE\tinvestigate
        092\tInvestigate human rights abuses\t-2.0\t-2.0\t2\t3\tACCUSE\tinvestigate
        093\tInvestigate military action\t-2.0\t-2.0\t2\t3\tACCUSE\tinvestigate
        094\tInvestigate war crimes\t-2.0\t-2.0\t2\t3\tACCUSE\tinvestigate
        10\tDEMAND\t-5.0\t-5.0\t3\t3\tREQUEST\t
        100\tDemand\t-5.0\t-5.0\t3\t3\tREQUEST\t
        101\tDemand material cooperation\t-5.0\t-5.0\t3\t3\tREQUEST\tassist
        1011\tDemand economic cooperation\t-5.0\t-5.0\t3\t3\tREQUEST\tassist
        1012\tDemand military cooperation\t-5.0\t-5.0\t3\t3\tREQUEST\tassist
        1013\tDemand judicial cooperation\t-5.0\t-5.0\t3\t3\tREQUEST\tassist
        1014\tDemand intelligence cooperation\t-5.0\t-5.0\t3\t3\tREQUEST\tassist
        102\tDemand diplomatic cooperation (such as policy support)\t-5.0\t-5.0\t3\t3\tREQUEST\tassist
        103\tDemand material aid\t-5.0\t-5.0\t3\t3\tREQUEST\tassist
        1031\tDemand economic aid\t-5.0\t-5.0\t3\t3\tREQUEST\tassist
        1032\tDemand military aid\t-5.0\t-5.0\t3\t3\tREQUEST\tassist
        1033\tDemand humanitarian aid\t-5.0\t-5.0\t3\t3\tREQUEST\tassist
        1034\tDemand military protection or peacekeeping\t-5.0\t-5.0\t3\t3\tREQUEST\tassist
        104\tDemand political reform\t-5.0\t-5.0\t3\t3\tREQUEST\tchange
        1041\tDemand change in leadership\t-5.0\t-5.0\t3\t3\tREQUEST\tchange
        1042\tDemand policy change\t-5.0\t-5.0\t3\t3\tREQUEST\tchange
        1043\tDemand rights\t-5.0\t-5.0\t3\t3\tREQUEST\tchange
        1044\tDemand change in institutions, regime\t-5.0\t-5.0\t3\t3\tREQUEST\tchange
        105\tDemand that target yields\t-5.0\t-5.0\t3\t3\tREQUEST\tchange
        1051\tDemand easing of administrative sanctions\t-5.0\t-5.0\t3\t3\tREQUEST\tyield
        1052\tDemand easing of political dissent\t-5.0\t-5.0\t3\t3\tREQUEST\tyield
        1053\tDemand release of persons or property\t-5.0\t-5.0\t3\t3\tREQUEST\tyield
        1054\tDemand easing of economic sanctions, boycott, or embargo\t-5.0\t-5.0\t3\t3\tREQUEST\tyield
        1055\tDemand that target allows international involvement (non-mediation)\t-5.0\t-5.0\t3\t3\tREQUEST\tyield
        1056\tDemand de-escalation of military engagement\t-5.0\t-5.0\t3\t3\tREQUEST\tyield
        106\tDemand meeting, negotiation\t-5.0\t-5.0\t3\t3\tREQUEST\tmeet
        107\tDemand settling of dispute\t-5.0\t-5.0\t3\t3\tREQUEST\tmeet
        108\tDemand mediation\t-5.0\t-5.0\t3\t3\tREQUEST\tmeet
        11\tDISAPPROVE\t-2.0\t-2.0\t3\t3\tACCUSE\tdisapprove
        110\tDisapprove\t-2.0\t-2.0\t3\t3\tACCUSE\tdisapprove
        111\tCriticize or denounce\t-2.0\t-2.0\t3\t3\tACCUSE\tdisapprove
        112\tAccuse\t-2.0\t-2.0\t3\t3\tACCUSE\tdisapprove
        1121\tAccuse of crime, corruption\t-2.0\t-2.0\t3\t3\tACCUSE\tallege
        1122\tAccuse of human rights abuses\t-2.0\t-2.0\t3\t3\tACCUSE\tallege
        1123\tAccuse of aggression\t-2.0\t-2.0\t3\t3\tACCUSE\tallege
        1124\tAccuse of war crimes\t-2.0\t-2.0\t3\t3\tACCUSE\tallege
        1125\tAccuse of espionage, treason\t-2.0\t-2.0\t3\t3\tACCUSE\tallege
        113\tRally opposition against\t-2.0\t-2.0\t3\t3\tACCUSE\tdisapprove
        114\tComplain officially\t-2.0\t-2.0\t3\t3\tACCUSE\tallege
        115\tBring lawsuit against\t-2.0\t-2.0\t3\t3\tACCUSE\tallege
        116\tfind guilty or liable (legally)\t-2.0\t-2.0\t3\t3\tACCUSE\tdisapprove
        12\tREJECT\t-4.0\t-4.0\t3\t3\tREJECT\t
        120\tReject\t-4.0\t-4.0\t3\t3\tREJECT\t
        121\tReject material cooperation\t-4.0\t-4.0\t3\t3\tREJECT\tassist
        1211\tReject economic cooperation\t-4.0\t-4.0\t3\t3\tREJECT\tassist
        1212\tReject military cooperation\t-4.0\t-4.0\t3\t3\tREJECT\tassist
        1213\tReject judicial cooperation\t-4.0\t-4.0\t3\t3\tREJECT\tassist
        122\tReject request or demand for material aid\t-4.0\t-4.0\t3\t3\tREJECT\tassist
        1221\tReject request for economic aid\t-4.0\t-4.0\t3\t3\tREJECT\tassist
        1222\tReject request for military aid\t-4.0\t-4.0\t3\t3\tREJECT\tassist
        1223\tReject request for humanitarian aid\t-4.0\t-4.0\t3\t3\tREJECT\tassist
        1224\tReject request for military protection or peacekeeping\t-4.0\t-4.0\t3\t3\tREJECT\tassist
        123\tReject request or demand for political reform\t-4.0\t-4.0\t3\t3\tREJECT\tchange
        1231\tReject request for change in leadership\t-4.0\t-4.0\t3\t3\tREJECT\tchange
        1232\tReject request for policy change\t-4.0\t-4.0\t3\t3\tREJECT\tchange
        1233\tReject request for rights\t-4.0\t-4.0\t3\t3\tREJECT\tchange
        1234\tReject request for change in institutions, regime\t-4.0\t-4.0\t3\t3\tREJECT\tchange
        124\tRefuse to yield\t-4.0\t-4.0\t3\t3\tREJECT\tchange
        1241\tRefuse to ease administrative sanctions\t-4.0\t-4.0\t3\t3\tREJECT\tchange
        1242\tRefuse to ease popular dissent\t-4.0\t-4.0\t3\t3\tREJECT\tchange
        1243\tRefuse to release persons or property\t-4.0\t-4.0\t3\t3\tREJECT\tyield
        1244\tRefuse to ease economic sanctions, boycott, or embargo\t-4.0\t-4.0\t3\t3\tREJECT\tyield
        1245\tRefuse to allow international involvement (non mediation)\t-4.0\t-4.0\t3\t3\tREJECT\tyield
        1246\tRefuse to de-escalate military engagement\t-4.0\t-4.0\t3\t3\tREJECT\tyield
        125\tReject proposal to meet, discuss, or negotiate\t-5.0\t-5.0\t3\t3\tREJECT\tmeet
        126\tReject mediation\t-5.0\t-5.0\t3\t3\tREJECT\tmeet
        127\tReject plan, agreement to settle dispute\t-5.0\t-5.0\t3\t3\tREJECT\tmeet
        128\tDefy norms, law\t-5.0\t-5.0\t3\t3\tREJECT\tyield
        129\tVeto\t-5.0\t-5.0\t3\t3\tREJECT\tyield
        13\tTHREATEN\t-6.0\t-6.0\t3\t3\tTHREATEN\t
        130\tThreaten\t-4.4\t-4.4\t3\t3\tTHREATEN\t
        131\tThreaten non-force\t-5.8\t-5.8\t3\t3\tTHREATEN\t
        1311\tThreaten to reduce or stop aid\t-5.8\t-5.8\t3\t3\tTHREATEN\trelations
        1312\tThreaten with sanctions, boycott, embargo\t-5.8\t-5.8\t3\t3\tTHREATEN\trestrict
        1313\tThreaten to reduce or break relations\t-5.8\t-5.8\t3\t3\tTHREATEN\trelations
        132\tThreaten with administrative sanctions\t-5.8\t-5.8\t3\t3\tTHREATEN\tban
        1321\tThreaten with restrictions on political freedoms\t-5.8\t-5.8\t3\t3\tTHREATEN\tpolitical
        1322\tThreaten to ban political parties or politicians\t-5.8\t-5.8\t3\t3\tTHREATEN\tban
        1323\tThreaten to impose curfew\t-5.8\t-5.8\t3\t3\tTHREATEN\trestrict
        1324\tThreaten to impose state of emergency or martial law\t-5.8\t-5.8\t3\t3\tTHREATEN\trestrict
        133\tThreaten with political dissent, protest\t-5.8\t-5.8\t3\t3\tTHREATEN\trelations
        134\tThreaten to halt negotiations\t-5.8\t-5.8\t3\t3\tTHREATEN\trelations
        135\tThreaten to halt mediation\t-5.8\t-5.8\t3\t3\tTHREATEN\trelations
        136\tThreaten to halt international involvement (non-mediation)\t-7.0\t-7.0\t3\t3\tTHREATEN\texpel
        137\tThreaten with repression\t-7.0\t-7.0\t3\t3\tTHREATEN\tviolence
        138\tThreaten with military force\t-7.0\t-7.0\t3\t3\tTHREATEN\tviolence
        1381\tThreaten blockade\t-7.0\t-7.0\t3\t3\tTHREATEN\trestrict
        1382\tThreaten occupation\t-7.0\t-7.0\t3\t3\tTHREATEN\tterritory
        1383\tThreaten unconventional violence\t-7.0\t-7.0\t3\t3\tTHREATEN\tviolence
        1384\tThreaten conventional attack\t-7.0\t-7.0\t3\t3\tTHREATEN\tviolence
        1385\tThreaten attack with WMD\t-7.0\t-7.0\t3\t3\tTHREATEN\tviolence
        139\tGive ultimatum\t-7.0\t-7.0\t3\t3\tTHREATEN\trelations
        14\tPROTEST\t-6.5\t-6.5\t3\t4\tPROTEST\t
        140\tEngage in political dissent\t-6.5\t-6.5\t3\t4\tPROTEST\t
        141\tDemonstrate or rally\t-6.5\t-6.5\t3\t4\tPROTEST\tdemo
        1411\tDemonstrate for leadership change\t-6.5\t-6.5\t3\t4\tPROTEST\tdemo
        1412\tDemonstrate for policy change\t-6.5\t-6.5\t3\t4\tPROTEST\tdemo
        1413\tDemonstrate for rights\t-6.5\t-6.5\t3\t4\tPROTEST\tdemo
        1414\tDemonstrate for change in institutions, regime\t-6.5\t-6.5\t3\t4\tPROTEST\tdemo
        142\tConduct hunger strike\t-6.5\t-6.5\t3\t4\tPROTEST\thunger
        1421\tConduct hunger strike for leadership change\t-6.5\t-6.5\t3\t4\tPROTEST\thunger
        1422\tConduct hunger strike for policy change\t-6.5\t-6.5\t3\t4\tPROTEST\thunger
        1423\tConduct hunger strike for rights\t-6.5\t-6.5\t3\t4\tPROTEST\thunger
        1424\tConduct hunger strike for change in institutions, regime\t-6.5\t-6.5\t3\t4\tPROTEST\thunger
        143\tConduct strike or boycott\t-6.5\t-6.5\t3\t4\tPROTEST\tboycott
        1431\tConduct strike or boycott for leadership change\t-6.5\t-6.5\t3\t4\tPROTEST\tboycott
        1432\tConduct strike or boycott for policy change\t-6.5\t-6.5\t3\t4\tPROTEST\tboycott
        1433\tConduct strike or boycott for rights\t-6.5\t-6.5\t3\t4\tPROTEST\tboycott
        1434\tConduct strike or boycott for change in institutions, regime\t-6.5\t-6.5\t3\t4\tPROTEST\tboycott
        144\tObstruct passage, block\t-7.5\t-7.5\t3\t4\tPROTEST\tobstruct
        1441\tObstruct passage to demand leadership change\t-7.5\t-7.5\t3\t4\tPROTEST\tobstruct
        1442\tObstruct passage to demand policy change\t-7.5\t-7.5\t3\t4\tPROTEST\tobstruct
        1443\tObstruct passage to demand rights\t-7.5\t-7.5\t3\t4\tPROTEST\tobstruct
        1444\tObstruct passage to demand change in institutions, regime\t-7.5\t-7.5\t3\t4\tPROTEST\tobstruct
        145\tProtest violently, riot\t-7.5\t-7.5\t3\t4\tPROTEST\triot
        1451\tEngage in violent protest for leadership change\t-7.5\t-7.5\t3\t4\tPROTEST\triot
        1452\tEngage in violent protest for policy change\t-7.5\t-7.5\t3\t4\tPROTEST\triot
        1453\tEngage in violent protest for rights\t-7.5\t-7.5\t3\t4\tPROTEST\triot
        1454\tEngage in violent protest for change in institutions, regime\t-7.5\t-7.5\t3\t4\tPROTEST\triot
        15\tEXHIBIT FORCE POSTURE\t-7.2\t-7.2\t4\t4\tMOBILIZE\t
        150\tDemonstrate military or police power\t-7.2\t-7.2\t4\t4\tMOBILIZE\t
        151\tIncrease police alert status\t-7.2\t-7.2\t4\t4\tMOBILIZE\tpolice
        152\tIncrease military alert status\t-7.2\t-7.2\t4\t4\tMOBILIZE\ttroops
        153\tMobilize or increase police power\t-7.2\t-7.2\t4\t4\tMOBILIZE\tpolice
        154\tMobilize or increase armed forces\t-7.2\t-7.2\t4\t4\tMOBILIZE\ttroops
        16\tREDUCE RELATIONS\t-4.0\t-4.0\t4\t4\tSANCTION\t
        160\tReduce relations\t-4.0\t-4.0\t4\t4\tSANCTION\t
        161\tReduce or break diplomatic relations\t-4.0\t-4.0\t4\t4\tSANCTION\twithdraw
        162\tReduce or stop material aid\t-5.6\t-5.6\t4\t4\tSANCTION\tdiscontinue
        1621\tReduce or stop economic assistance\t-5.6\t-5.6\t4\t4\tSANCTION\tdiscontinue
        1622\tReduce or stop military assistance\t-5.6\t-5.6\t4\t4\tSANCTION\tdiscontinue
        1623\tReduce or stop humanitarian assistance\t-5.6\t-5.6\t4\t4\tSANCTION\tdiscontinue
        163\tImpose embargo, boycott, or sanctions\t-8.0\t-8.0\t4\t4\tCOERCE\trestrict
        164\tHalt negotiations\t-7.0\t-6.5\t4\t4\tSANCTION\twithdraw
        165\tHalt mediation\t-6.5\t-7.0\t4\t4\tSANCTION\twithdraw
        166\tExpel or withdraw\t-7.0\t-7.0\t4\t4\tSANCTION\texpel
        1661\tExpel or withdraw peacekeepers\t-7.0\t-7.0\t4\t4\tSANCTION\texpel
        1662\tExpel or withdraw inspectors, observers\t-7.0\t-7.0\t4\t4\tSANCTION\texpel
        1663\tExpel or withdraw aid agencies\t-7.0\t-7.0\t4\t4\tSANCTION\texpel
        17\tCOERCE\t-7.0\t-7.0\t4\t4\tCOERCE\t
        170\tCoerce\t-7.0\t-7.0\t4\t4\tCOERCE\t
        171\tSeize or damage property\t-9.2\t-9.2\t4\t4\tCOERCE\tseize
        1711\tConfiscate property\t-9.2\t-9.2\t4\t4\tCOERCE\tseize
        1712\tDestroy property\t-9.2\t-9.2\t4\t4\tASSAULT\tseize
        172\tImpose administrative sanctions\t-5.0\t-5.0\t4\t4\tCOERCE\trestrict
        1721\tImpose restrictions on political freedoms\t-5.0\t-5.0\t4\t4\tCOERCE\trestrict
        1722\tBan political parties or politicians\t-5.0\t-5.0\t4\t4\tCOERCE\tban
        1723\tImpose curfew\t-5.0\t-5.0\t4\t4\tCOERCE\tcurfew
        1724\tImpose state of emergency or martial law\t-5.0\t-5.0\t4\t4\tCOERCE\tmartial-law
        173\tArrest, detain, or charge with legal action\t-5.0\t-5.0\t4\t4\tCOERCE\tarrest
        174\tExpel or deport individuals\t-5.0\t-5.0\t4\t4\tCOERCE\tdeport
        175\tUse tactics of violent repression\t-9.0\t-9.0\t4\t4\tASSAULT\tpro_autocracy
        18\tASSAULT\t-9.0\t-9.0\t4\t4\tASSAULT\t
        180\tUse unconventional violence\t-9.0\t-9.0\t4\t4\tASSAULT\t
        181\tAbduct, hijack, or take hostage\t-9.0\t-9.0\t4\t4\tASSAULT\tabduct
        182\tPhysically assault\t-9.5\t-9.5\t4\t4\tASSAULT\tbeat
        1821\tSexually assault\t-9.0\t-9.0\t4\t4\tASSAULT\tsexual
        1822\tTorture\t-9.0\t-9.0\t4\t4\tASSAULT\ttorture
        1823\tKill by physical assault\t-10.0\t-10.0\t4\t4\tASSAULT\t
        183\tConduct suicide, car, or other non-military bombing\t-10.0\t-10.0\t4\t4\tASSAULT\tsuicide-attack
        1831\tCarry out suicide bombing\t-10.0\t-10.0\t4\t4\tASSAULT\tsuicide-attack
        1832\tCarry out car bombing\t-10.0\t-10.0\t4\t4\tASSAULT\texplosives
        1833\tCarry out roadside bombing\t-10.0\t-10.0\t4\t4\tASSAULT\texplosives
        184\tUse as human shield\t-8.0\t-8.0\t4\t4\tASSAULT\tabduct
        185\tAttempt to assassinate\t-8.0\t-8.0\t4\t4\tASSAULT\tassassinate
        186\tAssassinate\t-10.0\t-10.0\t4\t4\tASSAULT\tassassinate
        19\tFIGHT\t-10.0\t-10.0\t4\t4\tASSAULT\t
        190\tUse conventional military force\t-10.0\t-10.0\t4\t4\tASSAULT\t
        191\tImpose blockade, restrict movement\t-9.5\t-9.5\t4\t4\tCOERCE\trestrict
        192\tOccupy territory\t-9.5\t-9.5\t4\t4\tCOERCE\tseize
        193\tfight with small arms and light weapons\t-10.0\t-10.0\t4\t4\tASSAULT\tfirearms
        194\tfight with artillery and tanks\t-10.0\t-10.0\t4\t4\tASSAULT\theavy-weapons
        195\tEmploy aerial weapons\t-10.0\t-10.0\t4\t4\tASSAULT\theavy-weapons
        196\tViolate ceasefire\t-9.5\t-9.5\t4\t4\tASSAULT\t
        20\tUSE UNCONVENTIONAL MASS VIOLENCE\t-10.0\t-10.0\t4\t4\tASSAULT\tmassacre
        200\tUse unconventional mass violence\t-10.0\t-10.0\t4\t4\tASSAULT\tmassacre
        201\tEngage in mass expulsion\t-9.5\t-9.5\t4\t4\tASSAULT\tcleansing
        202\tEngage in mass killings\t-10.0\t-10.0\t4\t4\tASSAULT\tmassacre
        203\tEngage in ethnic cleansing\t-10.0\t-10.0\t4\t4\tASSAULT\tcleansing
        204\tUse weapons of mass destruction\t-10.0\t-10.0\t4\t4\tASSAULT\tunconventional
        2041\tUse chemical, biological, or radiological weapons\t-10.0\t-10.0\t4\t4\tASSAULT\tunconventional
        2042\tDetonate nuclear weapons\t-10.0\t-10.0\t4\t4\tASSAULT\tunconventional
        """
}
