//! Every published source the knowledge cites, by key. Generated once from the research
//! notes (shared research, section 10) and kept by hand since; a native test checks that
//! every key cited anywhere in the knowledge is listed here.

use super::Source;

pub const SOURCES: &[Source] = &[
    Source {
        key: "S1",
        title: "Calcinosis cutis: part I. Diagnostic pathway (J Am Acad Dermatol 2011)",
        url: "https://pubmed.ncbi.nlm.nih.gov/21679810/",
    },
    Source {
        key: "S2",
        title: "Calcinosis Cutis and Calciphylaxis (Actas Dermo-Sifiliograficas 2015)",
        url: "https://actasdermo.org/en-calcinosis-cutis-calciphylaxis-articulo-S1578219015002802",
    },
    Source {
        key: "S3",
        title: "Calcinosis Cutis (StatPearls)",
        url: "https://www.statpearls.com/sp/md/393/18768/",
    },
    Source {
        key: "S3b",
        title: "Calcinosis Cutis (StatPearls, chapter text)",
        url: "https://knowledge.statpearls.com/chapter/rheumatology/18768/",
    },
    Source {
        key: "S4",
        title: "Calcinosis Cutis (Medscape)",
        url: "https://img.medscape.com/pi/iphone/medscapeapp/html/A1103137-business.html",
    },
    Source {
        key: "S5",
        title: "Calcinosis cutis (DermNet)",
        url: "https://dermnetnz.org/topics/calcinosis-cutis",
    },
    Source {
        key: "S6",
        title: "Calcinosis Cutis, in Dermatological Manifestations of Kidney Disease (Christman & Kroshinsky)",
        url: "https://plasticsurgerykey.com/calcinosis-cutis",
    },
    Source {
        key: "S7",
        title: "Calcinosis Cutis (Benign cutaneous calcification, benign nodular calcification)",
        url: "https://www.psychiatryadvisor.com/dermatology/calcinosis-cutis-benign-cutaneous-calcification-benign-nodular-calcification/article/593658/",
    },
    Source {
        key: "S8",
        title: "Calcinosis cutis types (skin disease textbook excerpt)",
        url: "https://skin-disease-care.biocyclopedia.com/21141624.php",
    },
    Source {
        key: "S9",
        title: "Tumoral Calcinosis of the Gluteal Region in a 14-Year-Old Girl with Juvenile Polyarthritis (Eur J Pediatr Surg 2010)",
        url: "https://thieme-connect.com/products/ejournals/html/10.1055/s-0030-1254120",
    },
    Source {
        key: "S10",
        title: "Tumoral Calcinosis: Pearls, Polemics, and Alternative Possibilities (RadioGraphics 2006)",
        url: "https://pubs.rsna.org/doi/10.1148/rg.263055099",
    },
    Source {
        key: "S11",
        title: "Hyperphosphatemic Tumoral Calcinosis: Pathogenesis, Clinical Presentation, and Challenges in Management (Front Endocrinol 2020)",
        url: "https://www.frontiersin.org/articles/10.3389/fendo.2020.00293",
    },
    Source {
        key: "S12",
        title: "Familial Tumoral Calcinosis: From Characterization of a Rare Phenotype to the Pathogenesis of Ectopic Calcification (J Invest Dermatol 2010)",
        url: "https://pmc.ncbi.nlm.nih.gov/articles/PMC3169303",
    },
    Source {
        key: "S13",
        title: "OMIM 211900 Tumoral calcinosis, hyperphosphatemic, familial, 1",
        url: "https://www.omim.org/entry/211900",
    },
    Source {
        key: "S14",
        title: "Hyperphosphatemic Familial Tumoral Calcinosis (GeneReviews summary)",
        url: "https://findzebra.com/details/BkOVBPw-hyperphosphatemic-familial-tumoral-calcinosis?q=cowden+syndrome",
    },
    Source {
        key: "S15",
        title: "Hyperphosphatemic Familial Tumoral Calcinosis: Genetic Models of Deficient FGF23 Action (Curr Osteoporos Rep 2015)",
        url: "https://indiana.pure.elsevier.com/en/publications/hyperphosphatemic-familial-tumoral-calcinosis-genetic-models-of-d",
    },
    Source {
        key: "S16",
        title: "Normophosphatemic familial tumoral calcinosis (JewishGenetics)",
        url: "https://jewishgenetics.org/genetic-disorders/search-genetic-disorders/normophosphatemic-familial-tumoral-calcinosis",
    },
    Source {
        key: "S17",
        title: "Normophosphatemic Familial Tumoral Calcinosis Is Caused by Deleterious Mutations in SAMD9, Encoding a TNF-a Responsive Protein",
        url: "https://studylib.net/doc/13332923/normophosphatemic-familial-tumoral-calcinosis-is-caused-b...",
    },
    Source {
        key: "S18",
        title: "Tumoral calcinosis (Wikipedia)",
        url: "https://en.wikipedia.org/wiki/Tumoral_calcinosis",
    },
    Source {
        key: "S19",
        title: "The Presentation, Assessment, Pathogenesis, and Treatment of Calcinosis in Juvenile Dermatomyositis (Curr Rheumatol Rep 2014)",
        url: "https://pmc.ncbi.nlm.nih.gov/articles/PMC5118224",
    },
    Source {
        key: "S20",
        title: "Calcinosis in Dermatomyositis (book chapter)",
        url: "https://link.springer.com/chapter/10.1007/978-3-540-79313-7_17",
    },
    Source {
        key: "S21",
        title: "Successful treatment of calcinosis cutis of fingertip in the setting of CREST syndrome with topical 20% sodium thiosulfate",
        url: "https://discovery.researcher.life/article/successful-treatment-of-calcinosis-cutis-of-fingertip-in-the-setting-of-crest-syndrome-with-topical-20-sodium-thiosulfate/9bf626ac4f1a306a9981048cced93d42",
    },
    Source {
        key: "S22",
        title: "Calcinosis cutis universalis - a rare manifestation of systemic lupus erythematosus (SA J Radiol)",
        url: "https://sajr.org.za/index.php/sajr/article/view/228/264",
    },
    Source {
        key: "S23",
        title: "Subepidermal calcified nodule (VisualDx)",
        url: "https://www.visualdx.com/visualdx/diagnosis/subepidermal+calcified+nodule?diagnosisId=53401&moduleId=103",
    },
    Source {
        key: "S24",
        title: "Subepidermal calcified nodule (DermNet)",
        url: "https://pro.dermnetnz.org/topics/subepidermal-calcified-nodule",
    },
    Source {
        key: "S25",
        title: "Idiopathic scrotal calcinosis (Wikipedia)",
        url: "https://en.wikipedia.org/wiki/Idiopathic_scrotal_calcinosis",
    },
    Source {
        key: "S26",
        title: "Idiopathic calcinosis cutis of the scrotum in a 50-year-old man (J Med Case Reports 2018)",
        url: "https://link.springer.com/doi/10.1186/s13256-018-1922-6",
    },
    Source {
        key: "S27",
        title: "Milia-like calcinosis cutis in Down syndrome: a new case with a review of the literature",
        url: "https://escholarship.org/uc/item/5s61z4v2",
    },
    Source {
        key: "S28",
        title: "Picture of the Month - Calcified Nodule Secondary to Heel Sticks (Arch Pediatr Adolesc Med 2006)",
        url: "https://jamanetwork.com/journals/jamapediatrics/fullarticle/486266",
    },
    Source {
        key: "S29",
        title: "Spontaneous Resolution of Iatrogenic Calcinosis Cutis after Parenteral Calcium Gluconate Therapy in Neonates",
        url: "https://www.koreamed.org/SearchBasic.php?RID=2444787",
    },
    Source {
        key: "S30",
        title: "Neonatal Calcinosis Cutis After Treatment of Hypocalcemia with Calcium Gluconate: A Report of 2 Cases (Am J Case Rep 2024)",
        url: "https://amjcaserep.com/abstract/full/idArt/943397",
    },
    Source {
        key: "S31",
        title: "Risk factors for the development of CUA/calciphylaxis (table)",
        url: "https://pmc.ncbi.nlm.nih.gov/articles/PMC2952095/table/T1",
    },
    Source {
        key: "S32",
        title: "Painful Skin Ulcers in a Hemodialysis Patient (CJASN 2013)",
        url: "https://pmc.ncbi.nlm.nih.gov/articles/PMC3878687/?term=%22Clin+J+Am+Soc+Nephrol%22%5Bjour%5D",
    },
    Source {
        key: "S33",
        title: "Update on calciphylaxis etiopathogenesis, diagnosis, and management",
        url: "https://mdedge9-ma1.mdedge.com/content/update-calciphylaxis-etiopathogenesis-diagnosis-and-management",
    },
    Source {
        key: "S34",
        title: "Medical mystery: Deposition of calcium oxalate and phosphate stones in soft tissues (NUC associations)",
        url: "https://www.scilit.net/article/ca24750d615b1b27ea2e27c3ac3e8dfb",
    },
    Source {
        key: "S35",
        title: "Calciphylaxis With Normal Renal and Parathyroid Function: Not as Rare as Previously Believed (Arch Dermatol 2009)",
        url: "https://archderm.jamanetwork.com/article.aspx?articleid=711985",
    },
    Source {
        key: "S36",
        title: "Warfarin-Associated Nonuremic Calciphylaxis (JAMA Dermatol 2017)",
        url: "https://pubmed.ncbi.nlm.nih.gov/28099971/",
    },
    Source {
        key: "S37",
        title: "Warfarin-Induced Nonuremic Calciphylaxis: A Case Study and Overview",
        url: "https://practicaldermatology.com/articles/2023-feb/warfarin-induced-nonuremic-calciphylaxis-a-case-study-and-overview",
    },
    Source {
        key: "S38",
        title: "Calciphylaxis (Minars dermatology textbook)",
        url: "https://www.minarsdermatology.com/dermatology-textbook/dt_calciphylaxis.htm",
    },
    Source {
        key: "S39",
        title: "Calciphylaxis (Calcific Uremic Arteriolopathy) (Operative Review)",
        url: "https://operativereview.com/calciphylaxis",
    },
    Source {
        key: "S40",
        title: "Calciphylaxis Workup (Medscape)",
        url: "https://emedicine.medscape.com/article/1095481-workup",
    },
    Source {
        key: "S41",
        title: "Hierarchical diagnosis of calciphylaxis in dialysis patients (table)",
        url: "https://pmc.ncbi.nlm.nih.gov/articles/PMC10557543/table/t0003",
    },
    Source {
        key: "S42",
        title: "Calciphylaxis (WikEM)",
        url: "https://wikem.org/wiki/Calciphylaxis",
    },
    Source {
        key: "S43",
        title: "Phosphate reference ranges (DiaSys)",
        url: "https://www.diasys-diagnostics.com/service-area/support/reference-ranges/analyte/phosphorus/analyte.show",
    },
    Source {
        key: "S44",
        title: "Calcium reference ranges (DiaSys)",
        url: "https://www.diasys-diagnostics.com/service-area/support/reference-ranges/analyte/calcium/analyte.show",
    },
    Source {
        key: "S45",
        title: "Calcium, Blood, Total and Ionized (Davis's Lab & Diagnostic Tests)",
        url: "https://www.labdxtest.com/labdxtest/view/Davis-Lab-and-Diagnostic-Tests/425451/all/Calcium__Blood__Total_and_Ionized",
    },
    Source {
        key: "S46",
        title: "Phosphorus, Blood (Davis's Lab & Diagnostic Tests)",
        url: "https://www.labdxtest.com/labdxtest/view/Davis-Lab-and-Diagnostic-Tests/425171/all/Phosphorus__Blood",
    },
    Source {
        key: "S47",
        title: "Corrected calcium (conventional and SI formulas)",
        url: "https://tools.gera.services/corrected-calcium",
    },
    Source {
        key: "S47b",
        title: "Corrected calcium: limitations",
        url: "https://calcward.com/corrca",
    },
    Source {
        key: "S48",
        title: "KDIGO 2012 GFR categories (table reprint)",
        url: "https://www.omicsonline.org/2155-6156/images/2155-6156-S9-006-t001.html",
    },
    Source {
        key: "S49",
        title: "Phosphate (as Phosphorus) test: clinical significance (Quest)",
        url: "https://jdos.nicholsinstitute.com/dos/nmmcpathology/test/571975",
    },
    Source {
        key: "S50",
        title: "Vitamin D Toxicity - A Clinical Perspective (Front Endocrinol 2018)",
        url: "https://www.frontiersin.org/article/10.3389/fendo.2018.00550/full",
    },
    Source {
        key: "S50b",
        title: "Vitamin D toxicity - a clinical perspective (essay reproducing the same review's definitions)",
        url: "https://assignbuster.com/vitamin-d-toxicitya-clinical-perspective/",
    },
    Source {
        key: "S51",
        title: "Vitamin D-Mediated Hypercalcemia: Mechanisms, Diagnosis, and Treatment (Endocr Rev 2016)",
        url: "https://pmc.ncbi.nlm.nih.gov/articles/PMC5045493",
    },
    Source {
        key: "S52",
        title: "Hypercalcemia in the milk-alkali syndrome",
        url: "https://www.medicalalgorithms.com/hypercalcemia-in-the-milk-alkali-syndrome",
    },
    Source {
        key: "S54",
        title: "Soft Tissue Masses: Evaluation and Treatment (Am Fam Physician 2022)",
        url: "https://www.aafp.org/pubs/afp/issues/2022/0600/p602.html",
    },
    Source {
        key: "S55",
        title: "Clinical features of soft tissue masses that require urgent investigation (CCJM table)",
        url: "https://www.ccjm.org/highwire/markup/11305/expansion?width=1000&height=500&iframe=true&postprocessors=highwire_tables%2Chighwire_reclass%2Chighwire_figures%2Chighwire_math%2Chighwire_inline_linked_media%2Chighwire_embed",
    },
    Source {
        key: "S56",
        title: "Differential diagnosis table (tumoral pseudogout case report)",
        url: "https://www.hindawi.com/journals/crior/2019/9617184/tab1/",
    },
    Source {
        key: "S57",
        title: "Calcified thigh mass (J Am Osteopath Coll Radiol)",
        url: "https://www.jaocr.org/articles/calcified-thigh-mass",
    },
    Source {
        key: "S58",
        title: "Pilomatricoma (Regional Derm)",
        url: "http://regionalderm.com/Regional_Derm/files/pilomatricoma.html",
    },
    Source {
        key: "S59",
        title: "A 12-Year-Old Girl With an Enlarging Nontender Nodule on the Arm (Pediatric Annals)",
        url: "https://www.healio.com/pediatrics/journals/pedann/2006-6-35-6/%7B755947a0-3a28-4dc4-b277-a8c2618357f9%7D/a-12-year-old-girl-with-an-enlarging-nontender-nodule-on-the-arm",
    },
    Source {
        key: "S60",
        title: "Unique case of dystrophic type calcinosis cutis (secondary to trauma) (J Postgrad Med Inst 2016)",
        url: "https://www.jpmi.org.pk/index.php/jpmi/article/view/1978",
    },
    Source {
        key: "S61",
        title: "Advanced metastatic calcinosis cutis in a 26-year-old man (case report)",
        url: "https://pmc.ncbi.nlm.nih.gov/articles/PMC5468049",
    },
    Source {
        key: "S62",
        title: "Sudden onset of PTH-independent severe hypercalcemia from reversal of tumoral calcinosis in a dialysis patient (BMC Nephrol 2016)",
        url: "https://link.springer.com/10.1186/s12882-016-0355-y",
    },
    Source {
        key: "S63",
        title: "Pseudotumoral calcinosis (Humpath)",
        url: "https://www.humpath.com/pseudotumoral-calcinosis",
    },
    Source {
        key: "S64",
        title: "Uremic tumoral calcinosis in peritoneal dialysis (ISN case abstract)",
        url: "https://events.theisn.org/user/form/view/1452?response=2649%3A44781",
    },
    Source {
        key: "S65",
        title: "Multimodality Imaging of Calcinosis of Chronic Renal Failure (Cureus)",
        url: "https://www.cureus.com/articles/6600-multimodality-imaging-of-calcinosis-of-chronic-renal-failure",
    },
    Source {
        key: "S66",
        title: "Resolution of uremic tumoral calcinosis in a patient on peritoneal dialysis with long-term low-calcium dialysate treatment (Kidney Res Clin Pract 2014)",
        url: "https://krcp-ksn.org/journal/view.php?number=128",
    },
    Source {
        key: "S68",
        title: "Painful Skin Ulcer Develops in Older Woman on Dialysis - discussion",
        url: "https://www.empr.com/home/features/painful-skin-ulcer-%C2%ADdevelops-in-older-woman-on-dialysis/3/",
    },
    Source {
        key: "S69",
        title: "Calcinosis (International Scleroderma Network)",
        url: "https://www.sclero.org/scleroderma/symptoms/skin/calcinosis.html",
    },
    Source {
        key: "S70",
        title: "Calciphylaxis (J Osteopath Med 2024)",
        url: "https://doi.org/10.1515/jom-2023-0236",
    },
    Source {
        key: "S71",
        title: "Association Between Hypercoagulable Conditions and Calciphylaxis in Patients With Renal Disease (JAMA Dermatol 2017)",
        url: "https://pmc.ncbi.nlm.nih.gov/articles/PMC5839276/?term=%22JAMA+Dermatol%22%5Bjour%5D",
    },
    Source {
        key: "S72",
        title: "Milk-alkali syndrome case report (Int J Case Rep Images)",
        url: "https://www.ijcasereportsandimages.com/archive/article-full-text/101004Z01DS2019",
    },
    Source {
        key: "S73",
        title: "Idiopathic tumoral calcinosis of the left thigh: a case report (J Surg Case Rep 2025)",
        url: "https://academic.oupdev.silverchair.com/jscr/article/2025/4/rjaf171/8098724",
    },
    Source {
        key: "S74",
        title: "Bilateral Massive Trochanteric Gluteal Juxta Articular Tumoral Calcinosis in an Adolescent Girl",
        url: "https://ghrnet.org/index.php/ijo/article/view/3245/0",
    },
    Source {
        key: "S75",
        title: "Tumoral calcinosis (HealthJade)",
        url: "https://healthjade.net/tumoral-calcinosis/",
    },
    Source {
        key: "S77",
        title: "Calcinosis in Juvenile Dermatomyositis: A Systematic Review (Curr Rheumatol Rep 2023)",
        url: "https://link.springer.com/article/10.1007/s11926-023-01126-5",
    },
    Source {
        key: "S79",
        title: "Treatment of severe metastatic calcification in hemodialysis patients (Hemodial Int 2009)",
        url: "https://pubmed.ncbi.nlm.nih.gov/19432688",
    },
    Source {
        key: "S80",
        title: "Tumoral calcinosis (Indian J Dermatol Venereol Leprol 2005)",
        url: "https://ijdvl.com/tumoral-calcinosis-2/",
    },
    Source {
        key: "S81",
        title: "Subepidermal Calcified Nodule in Children: a Clinicopathologic Study of 21 Cases",
        url: "https://zendy.io/title/10.1111/j.1525-1470.1995.tb00189.x",
    },
    Source {
        key: "S82",
        title: "Dystrophic calcifications in case of a patient with systemic lupus erythematosus (abstract)",
        url: "https://discovery.researcher.life/article/dystrophic-calcifications-in-case-of-a-patient-with-systemic-lupus-erythematosus-case-report-and-literature-review/620fd856ac3e3081b80e27ab50fa8eab",
    },
    Source {
        key: "S83",
        title: "Uncommon cutaneous manifestation of primary hyperparathyroidism (Endocrine Abstracts 2019)",
        url: "https://www.endocrine-abstracts.org/ea/0063/ea0063p499",
    },
    Source {
        key: "S84",
        title: "Milia-like calcinosis cutis in a girl with Down syndrome (An Bras Dermatol 2016)",
        url: "https://www.scielo.br/j/abd/a/PL3QYrg5rCvS6TMTcL9ZR3n/?lang=en",
    },
    Source {
        key: "S85",
        title: "Tumoral calcinosis of the right hip in a 12-year-old boy (clinical case)",
        url: "https://boraymedical.com/cases/show/30?lang=en",
    },
    Source {
        key: "S86",
        title: "Long-term clinical outcome and phenotypic variability in HFTC and HHS caused by a novel GALNT3 mutation (BMC Genetics 2014)",
        url: "https://bmcgenomdata.biomedcentral.com/articles/10.1186/s12863-014-0098-3",
    },
    Source {
        key: "S87",
        title: "Bone Involvement in Hyperphosphatemic Familial Tumoral Calcinosis (Rambam Maimonides Med J 2021)",
        url: "https://www.rmmj.org.il/issues/50/1222/manuscript",
    },
    Source {
        key: "S88",
        title: "Risk Factors for Calciphylaxis (dermatopathology text excerpt)",
        url: "https://www.mussenhealth.us/photomicrograph-depicting/risk-factors-for-calciphylaxis.html",
    },
    Source {
        key: "S89",
        title: "Metastatic calcification (Dermatology Online Journal)",
        url: "https://escholarship.org/uc/item/09m81278",
    },
    Source {
        key: "S90",
        title: "MKSAP Quiz: Ulcerating, painful lesion (ACP Internist 2022)",
        url: "https://acpinternist.org/archives/2022/02/mksap-quiz-ulcerating-painful-lesion.htm",
    },
    Source {
        key: "S91",
        title: "Metastatic calcifications and severe hypercalcemia in a patient with parathyroid carcinoma",
        url: "https://link.springer.com/article/10.1007%2FBF03344164",
    },
    Source {
        key: "S91b",
        title: "Classic lesion, not so classic cause (Am J Med)",
        url: "https://amjmed.org/classic-lesion-not-so-classic-cause",
    },
    Source {
        key: "S92",
        title: "PTH interpretation summary (hypercalcemia defined as >10.5 mg/dL)",
        url: "https://www.droracle.ai/articles/9153/what-does-it-mean-if-parathyroid-hormone-pth-is",
    },
    Source {
        key: "S93",
        title: "Normal phosphorus level in a 6-year-old child",
        url: "https://www.droracle.ai/articles/714275/what-is-the-normal-phosphorus-level-in-a-6-year-old",
    },
    Source {
        key: "S94",
        title: "Painful skin ulcer develops in older woman on dialysis (Clinical Advisor)",
        url: "https://www.clinicaladvisor.com/home/features/clinical-challenge/painful-skin-ulcer-%C2%ADdevelops-in-older-woman-on-dialysis/",
    },
    Source {
        key: "S95",
        title: "Milk-Alkali Syndrome: How Electronic Medical Record Open Notes Helped to Rule Out Cancer (Am J Case Rep 2022)",
        url: "https://amjcaserep.com/abstract/full/idArt/936969",
    },
    Source {
        key: "S96",
        title: "Severe Calcinosis Cutis with Cutaneous Ulceration in Juvenile Dermatomyositis (Indian Pediatr 2014)",
        url: "https://indianpediatrics.net/nov2014/nov-925-927.htm",
    },
    Source {
        key: "S97",
        title: "Calcinosis in limited cutaneous systemic sclerosis (clinical case)",
        url: "https://boraymedical.com/cases/show/4?lang=en",
    },
    Source {
        key: "S98",
        title: "Calcinosis cutis as a rare manifestation of primary hyperparathyroidism: a case report (Endocrine Abstracts 2023)",
        url: "https://www.endocrine-abstracts.org/ea/0090/abstracts/poster-presentations/calcium-and-bone/ea0090p317/",
    },
    Source {
        key: "S99",
        title: "A rare case report of neonatal calcinosis cutis induced by distant and delayed extravasation of intravenous calcium gluconate (Arch Plast Surg 2021)",
        url: "https://www.e-aps.org/journal/view.php?number=3916&viewtype=pubreader",
    },
    Source {
        key: "S100",
        title: "Idiopathic scrotal calcinosis surgical case (Case Rep Urol 2020)",
        url: "https://www.hindawi.com/journals/criu/2020/8877695/",
    },
    Source {
        key: "S101",
        title: "Idiopathic tumoral calcinosis: The question of the cause is still not answered (OA Case Reports 2014)",
        url: "https://www.oapublishinglondon.com/article/1379",
    },
    Source {
        key: "S102",
        title: "Calcified nodules of the heels (VisualDx)",
        url: "https://www.visualdx.com/visualdx/diagnosis/calcified%20nodules%20of%20the%20heels?diagnosisId=53774&moduleId=12",
    },
    Source {
        key: "S103",
        title: "Two cases of metastatic calcinosis cutis in chronic renal failure on hemodialysis (abstract)",
        url: "https://www.riss.kr/search/detail/DetailView.do?control_no=b9c3f9ea1a941d77e9810257f7042666&p_mat_type=1a0202e37d52c72d",
    },
    Source {
        key: "S104",
        title: "Vitamin D intoxication in an 18-month-old boy (Case Rep Pediatr 2016)",
        url: "https://www.hindawi.com/journals/cripe/2016/1395718/abs/",
    },
    Source {
        key: "S105",
        title: "Two new cases of pediatric tumoral calcinosis (J Surg Case Rep 2020)",
        url: "https://academic.oupdev.silverchair.com/jscr/article/2020/12/rjaa481/6039445",
    },
    Source {
        key: "S106",
        title: "Primary normophosphataemic tumoral calcinosis in a two-year-old boy (case report)",
        url: "https://pmc.ncbi.nlm.nih.gov/articles/PMC4925452",
    },
    Source {
        key: "S107",
        title: "Extra-articular calcification in an adolescent boy: where history is paramount (ESA-SRB-APEG-NZSE 2022 poster)",
        url: "https://esa-srb-apeg-nzse-2022.p.asnevents.com.au/days/2022-11-14/abstract/86197",
    },
    Source {
        key: "S110",
        title: "Parathyroid hormone (PTH) unit converter: 1 pmol/L = 9.5 pg/mL for intact PTH (LabTests)",
        url: "https://labtests.co.in/unit-converter/parathyroid-hormone-pth",
    },
    Source {
        key: "S111",
        title: "ALP - blood test: normal range 44 to 147 IU/L (UCSF Health medical tests)",
        url: "https://ucsfhealth.org/medical-tests/alp---blood-test",
    },
    Source {
        key: "S112",
        title: "Reference range (albumin): 35 to 50 g/L (GPnotebook)",
        url: "https://www.gpnotebook.co.uk/simplepage.cfm?ID=288686147",
    },
    Source {
        key: "S113",
        title: "Creatinine blood test: 0.7 to 1.3 mg/dL for men, 0.6 to 1.1 mg/dL for women (MedlinePlus)",
        url: "https://medlineplus.gov/ency/article/003475.htm",
    },
    Source {
        key: "S114",
        title: "What is Calcinosis (Total Health Guide): questions patients may ask their physician",
        url: "https://www.totalhealthguide.net/what-is-calcinosis/",
    },
    Source {
        key: "S115",
        title: "Hypercalcemia (MSD Manual Professional Version, reviewed 2023): severity, causes and emergency treatment; a calcium of 14 mg/dL or more is life-threatening",
        url: "https://www.msdmanuals.com/professional/endocrine-and-metabolic-disorders/electrolyte-disorders/hypercalcemia",
    },
    Source {
        key: "S116",
        title: "Turner J, Gittoes N, Selby P. Society for Endocrinology Endocrine Emergency Guidance: emergency management of acute hypocalcaemia in adult patients. Endocr Connect 2016;5(5):G7",
        url: "https://ec.bioscientifica.com/view/journals/ec/5/5/G7.xml",
    },
    Source {
        key: "S117",
        title: "Fever in under 5s: assessment and initial management (NICE guideline NG143, 2019): a baby under 3 months with a temperature of 38 C or more is at high risk of serious illness",
        url: "https://www.nice.org.uk/guidance/ng143/chapter/recommendations",
    },
    Source {
        key: "S118",
        title: "Suspected cancer: recognition and referral (NICE guideline NG12): a very urgent ultrasound within 48 hours for a child or young person with an unexplained lump that is increasing in size",
        url: "https://www.nice.org.uk/guidance/ng12",
    },
    Source {
        key: "S119",
        title: "Howard SC, Jones DP, Pui CH. The tumor lysis syndrome. N Engl J Med 2011;364:1844-1854 (Cairo-Bishop definitions: hyperphosphataemia, hypocalcaemia, acute kidney injury)",
        url: "https://pmc.ncbi.nlm.nih.gov/articles/PMC3437249/",
    },
    Source {
        key: "S120",
        title: "Kaplan FS et al. Fibrodysplasia ossificans progressiva: clinical and genetic aspects. Orphanet J Rare Dis 2011;6:80 (malformed great toes; flare-ups after injury; avoid biopsy)",
        url: "https://ojrd.biomedcentral.com/articles/10.1186/1750-1172-6-80",
    },
    Source {
        key: "S121",
        title: "McCann LJ et al. Oropharyngeal dysphagia in juvenile dermatomyositis. Rheumatology (Oxford) 2007;46(8):1363-1366",
        url: "https://pubmed.ncbi.nlm.nih.gov/17569746/",
    },
    Source {
        key: "S122",
        title: "ACOG Committee Opinion No. 723: Guidelines for Diagnostic Imaging During Pregnancy and Lactation. Obstet Gynecol 2017;130:e210-e216",
        url: "https://pubmed.ncbi.nlm.nih.gov/28937575/",
    },
];

pub fn source(key: &str) -> Option<&'static Source> {
    SOURCES.iter().find(|s| s.key == key)
}

/// The publishers of journal articles and guidelines among the sources' addresses: their
/// sources are marked ★ on the lists as primary or peer-reviewed (UX review F21). The
/// others are reference works, overviews and web pages.
const PRIMARY_HOSTS: &[&str] = &[
    "pubmed.ncbi.nlm.nih.gov",
    "pmc.ncbi.nlm.nih.gov",
    "doi.org",
    "link.springer.com",
    "jamanetwork.com",
    "biomedcentral.com",
    "www.nice.org.uk",
    "www.frontiersin.org",
    "www.hindawi.com",
    "amjcaserep.com",
    "actasdermo.org",
    "amjmed.org",
    "www.ccjm.org",
    "www.cureus.com",
    "www.endocrine-abstracts.org",
    "ec.bioscientifica.com",
    "ijdvl.com",
    "indianpediatrics.net",
    "krcp-ksn.org",
    "pubs.rsna.org",
    "sajr.org.za",
    "thieme-connect.com",
    "www.e-aps.org",
    "www.jaocr.org",
    "www.jpmi.org.pk",
    "www.koreamed.org",
    "www.rmmj.org.il",
    "www.scielo.br",
    "www.aafp.org",
    "academic.oupdev.silverchair.com",
    "www.omim.org",
    "www.ijcasereportsandimages.com",
    "escholarship.org",
];

/// Is this source a journal article or a guideline (`PRIMARY_HOSTS`)?
pub fn is_primary(source: &Source) -> bool {
    let host = source
        .url
        .split("://")
        .nth(1)
        .and_then(|r| r.split('/').next())
        .unwrap_or("");
    PRIMARY_HOSTS
        .iter()
        .any(|h| host == *h || host.strip_suffix(h).is_some_and(|sub| sub.ends_with('.')))
}
