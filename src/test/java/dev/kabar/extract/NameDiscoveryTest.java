package dev.kabar.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kabar.article.Article;
import dev.kabar.article.GivenMetadata;
import dev.kabar.kb.KnowledgeBase;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Names the knowledge base does not know, found from their shape and context; sentences written for the test. */
class NameDiscoveryTest {
    private static final Extractor EXTRACTOR = new Extractor(KnowledgeBase.bundled(), "id");

    private static List<String> mentions(String text) {
        Extraction x = EXTRACTOR.extract(new Article("t", "test", text, new GivenMetadata(null, null, "2024-03-08", null)));
        return x.mentions().stream().map(m -> m.entity().type().name().toLowerCase() + ":" + m.surface() + "=" + m.entity().name())
                .toList();
    }

    @Test
    void aHeadlineSetIntoTheTextNamesNoOneOfTheArticleUnlessTheTextDoesToo() {
        String text = "Joko Widodo meresmikan jalan tol baru di Semarang pada Senin.\n\n"
                + "Hasil Survei: Gaji Cristiano Ronaldo Terlalu Tinggi\n\n"
                + "Jalan itu dibangun selama dua tahun.\n\n"
                + "Ganjar Pranowo dan Jalan Tol Semarang\n\n"
                + "Ganjar Pranowo mengatakan jalan itu memangkas waktu tempuh.";
        assertThat(mentions(text)).noneMatch(m -> m.contains("Ronaldo")).contains("person:Ganjar Pranowo=Ganjar Pranowo");
    }

    @Test
    void aLoneNameSetOffByCommasBesideARoleOrAKinship() {
        assertThat(mentions("Ketua Umum Persatuan Petani Kopi Indonesia (PPKI), Sudarsono, membuka acara itu."))
                .contains("person:Sudarsono=Sudarsono");
        assertThat(mentions("Dia datang bersama istrinya, Marlina, dan anak saya, Gilang yang masih kecil."))
                .contains("person:Marlina=Marlina", "person:Gilang=Gilang");
        assertThat(mentions("\"Jadwalnya belum pasti,\" ungkap Ihsanudin, manajer band itu."))
                .contains("person:Ihsanudin=Ihsanudin");
        // a name of three unknown words opening the sentence, described by a kinship after its comma
        assertThat(mentions("Wirananda Ario Santoso, putra pengusaha kondang Hary Santoso mendatangi Polda Metro Jaya."))
                .contains("person:Wirananda Ario Santoso=Wirananda Ario Santoso");
        // after "dari" a capitalised word and a capitalised title start a new subject: a place, then its official
        assertThat(mentions("Saat dihubungi dari Wonosobo, Kepala Stasiun Cuaca menjelaskan hal itu."))
                .noneMatch(m -> m.startsWith("person:Wonosobo"));
    }

    @Test
    void anEnglishNameSpellingItsBracketedAcronymIsAnOrganisation() {
        assertThat(mentions("Acara itu digelar oleh Asia Society for Regional Dialogue (ASRD) di Jakarta. ASRD mengundang 40 tamu."))
                .contains("organization:Asia Society for Regional Dialogue=Asia Society for Regional Dialogue",
                        "organization:ASRD=Asia Society for Regional Dialogue");
        // a short form the article defined stays the body's where a speaker rule would take it for a person
        assertThat(mentions("Lembaga Penjamin Simpanan Daerah (Lepsida) menyatakan hal itu. Menurut Lepsida, dana aman."))
                .containsOnly("organization:Lembaga Penjamin Simpanan Daerah=Lembaga Penjamin Simpanan Daerah",
                        "organization:Lepsida=Lembaga Penjamin Simpanan Daerah");
    }

    @Test
    void aPersonRightAfterAUniversityOrHospitalHeadIsWhomItIsNamedAfter() {
        assertThat(mentions("Pengamat dari Universitas Bung Karno, Adi Prayitno, menilai hal itu wajar."))
                .contains("organization:Universitas Bung Karno=Universitas Bung Karno", "person:Adi Prayitno=Adi Prayitno")
                .noneMatch(m -> m.startsWith("person:Bung Karno"));
        // a title ending in a head word is no body: the headmaster is a person
        assertThat(mentions("Kepala Sekolah Ratna Kumalasari membuka lomba itu.")).contains("person:Ratna Kumalasari=Ratna Kumalasari");
    }

    @Test
    void aNameAfterAliasIsThePersonNamedBeforeIt() {
        assertThat(mentions("Adiknya, Sumarwati alias Wati, dimintai keterangan polisi. Wati lalu pulang ke Sleman."))
                .contains("person:Sumarwati=Sumarwati", "person:Wati=Sumarwati").doesNotContain("person:Wati=Wati");
        // a character's name after "alias" is taken whole or not at all
        assertThat(mentions("Brie Larson memerankan Carol Danvers alias Captain Marvel.")).noneMatch(m -> m.contains(":Marvel="));
    }

    @Test
    void aMiddleInitialWithItsPeriodStaysInsideAnUntitledName() {
        assertThat(mentions("Presiden Joko Widodo bertemu dengan Hendra S. Gunawan di Istana.")).contains("person:Hendra S. Gunawan=Hendra S. Gunawan");
        assertThat(mentions("Menurut Rudi P. S. Hartono, ekonomi tumbuh.")).contains("person:Rudi P. S. Hartono=Rudi P. S. Hartono");
        // "I" after a word is a Roman numeral closing a name, not an initial
        assertThat(mentions("Dana pengadaan Alkes I. Siti lalu menerima cek itu.")).noneMatch(m -> m.contains("Alkes I. Siti"));
    }

    @Test
    void theNameSomeoneGoesByIsThatPerson() {
        // blended from the starts of the first and last names
        assertThat(mentions("Penyanyi Sarah Wulandari tampil di Bandung. Sawul lalu pulang ke Jakarta."))
                .contains("person:Sawul=Sarah Wulandari");
        // introduced with "yang akrab disapa", right after the person or after a description
        assertThat(mentions("Pelatih Persekat, Hendra Gunawan yang akrab disapa Ucok, puas. Ucok memuji pemainnya."))
                .contains("person:Ucok=Hendra Gunawan").doesNotContain("person:Ucok=Ucok");
        assertThat(mentions("Hendra Gunawan melatih Persekat. Ia menggantikan Rudi Hartono. Pria yang akrab disapa Hegun itu puas."))
                .contains("person:Hegun=Hendra Gunawan");
        // a description and a name made of nobody's: no guess at the nearest person
        assertThat(mentions("Hendra Gunawan melatih Persekat. Ia menggantikan Rudi Hartono. Pria yang akrab disapa Ucok itu puas."))
                .noneMatch(m -> m.equals("person:Ucok=Rudi Hartono") || m.equals("person:Ucok=Hendra Gunawan"));
    }

    @Test
    void capitalisedWordsBeforeDariAndABodyNameThePersonFromIt() {
        assertThat(mentions("Sebuah laporan masuk. Torang Hutasoit dari Ikatan Alumni Universitas Padjadjaran ingin bicara."))
                .contains("person:Torang Hutasoit=Torang Hutasoit");
        // ordinary words before "dari" are no name
        assertThat(mentions("Tim Gabungan dari Universitas Indonesia datang.")).noneMatch(m -> m.startsWith("person:"));
    }

    @Test
    void aBodyWhoseNameIsAGivenNameOpensThePersonNamedRightAfterIt() {
        assertThat(mentions("Pebulu tangkis Sony Dwi Kuncoro pernah menjadi andalan tim Indonesia."))
                .contains("person:Sony Dwi Kuncoro=Sony Dwi Kuncoro")
                .noneMatch(m -> m.startsWith("organization:Sony"));
        // a body that is no given name stays a body
        assertThat(mentions("Bos Toyota Akio Toyoda meninjau pabrik itu.")).anyMatch(m -> m.startsWith("organization:Toyota"));
    }

    @Test
    void indonesianAcronymsOfDocumentsAndEventsAreNotOrganisations() {
        assertThat(mentions("Polisi menerbitkan Surat Perintah Dimulainya Penyidikan (SPDP) dan Surat Izin Mengemudi (SIM) baru."))
                .noneMatch(m -> m.startsWith("organization:"));
    }

    @Test
    void anHonorificClosingAName() {
        assertThat(mentions("Penasihat Keamanan Nasional Myanmar, Kyaw Tun, menolak berkomentar."))
                .contains("person:Kyaw Tun=Kyaw Tun");
    }

    @Test
    void aRelativeOfAKnownPersonIsSomeoneElse() {
        assertThat(mentions("Ali Sadikin pernah memimpin Jakarta. Pertemuan digelar di kediaman Boy Sadikin kemarin."))
                .contains("person:Boy Sadikin=Boy Sadikin");
    }

    @Test
    void aBodyInsideAnotherNamedByItsAcronym() {
        assertThat(mentions("Koalisi Masyarakat Sipil Peduli KPK menggelar aksi. Liga Spanyol Real Madrid menang."))
                .contains("organization:Koalisi Masyarakat Sipil Peduli KPK=Koalisi Masyarakat Sipil Peduli KPK")
                .noneMatch(m -> m.contains("Liga Spanyol Real Madrid"));
    }

    @Test
    void theNameOfAnOrganisationEndsAtItsAcronym() {
        assertThat(mentions("Wakil Ketua Komisi Pemberantasan Korupsi (KPK) Basaria Panjaitan hadir."))
                .contains("person:Basaria Panjaitan=Basaria Panjaitan");
    }

    @Test
    void aShorterFormOfAFullNameIsThatPerson() {
        assertThat(mentions("Juru bicara Hendra Wijaya Kusuma membenarkan hal itu. Menurut Hendra Wijaya, rapat itu tertutup."))
                .contains("person:Hendra Wijaya=Hendra Wijaya Kusuma");
        assertThat(mentions("Terdakwa Hendra Wijaya Kusuma hadir. Hendra Kusuma menolak dakwaan itu."))
                .contains("person:Hendra Kusuma=Hendra Wijaya Kusuma");
    }

    @Test
    void bareNamesListedWithPeopleArePeople() {
        assertThat(mentions("Polisi memeriksa Budi Santoso dan tiga orang lain -- Hendrawan, Suparjo, Agus Salim, dan Dewi Lestari -- kemarin."))
                .contains("person:Hendrawan=Hendrawan", "person:Suparjo=Suparjo");
        assertThat(mentions("Kemudian, Budi Santoso pulang.")).noneMatch(m -> m.startsWith("person:Kemudian"));
        // a bare name opening the list, before the people already found
        assertThat(mentions("Kellan Roswell, Budi Santoso, dan Dewi Lestari adalah para pemenangnya."))
                .contains("person:Kellan Roswell=Kellan Roswell");
        assertThat(mentions("Gol-gol Budi Santoso, Agus Salim, dan Dewi Lestari memastikan kemenangan."))
                .noneMatch(m -> m.startsWith("person:Gol"));
    }

    @Test
    void hyphenatedNamesWrittenWithSpaces() {
        assertThat(mentions("Pengurus Masjid Al - Falah melapor. Kelompok Al - Qaeda mengaku bertanggung jawab."))
                .contains("organization:Masjid Al - Falah=Masjid Al-Falah")
                .anyMatch(m -> m.startsWith("organization:Al - Qaeda="));
    }

    @Test
    void aNameWithAnAgeInBrackets() {
        assertThat(mentions("Korban bernama Sumarni (45) dan suaminya Tarjo (50) selamat. Pelaku, Andi Saputra (30 tahun), ditangkap."))
                .contains("person:Sumarni=Sumarni", "person:Tarjo=Tarjo", "person:Andi Saputra=Andi Saputra");
        assertThat(mentions("Surat Al Baqarah Ayat (2) dibacakan.")).noneMatch(m -> m.startsWith("person:Ayat"));
    }

    @Test
    void kosovoIsACountry() {
        assertThat(mentions("Mantan Perdana Menteri Kosovo ditangkap di Prancis.")).contains("country:Kosovo=Kosovo");
    }

    @Test
    void aKindOfBodyIsNoName() {
        assertThat(mentions("Koperasi itu bisa diganti Badan Hukum Lain. Partai Politik peserta pemilu menolak."))
                .noneMatch(m -> m.startsWith("organization:"));
        assertThat(mentions("Rapat digelar di kantor Dewan Pimpinan Pusat Partai Golkar."))
                .noneMatch(m -> m.contains("Dewan Pimpinan Pusat"))
                .anyMatch(m -> m.startsWith("organization:Partai Golkar="));
    }

    @Test
    void aPersonAfterABodysNameIsNotPartOfIt() {
        assertThat(mentions("Pakar hukum Universitas Trisakti Abdul Fickar Hajar menilai langkah itu keliru."))
                .contains("person:Abdul Fickar Hajar=Abdul Fickar Hajar");
        assertThat(mentions("Santri Pondok Pesantren Miftahul Huda Manonjaya ikut berdoa."))
                .contains("organization:Pondok Pesantren Miftahul Huda Manonjaya=Pondok Pesantren Miftahul Huda Manonjaya");
    }

    @Test
    void aKnownBodyByItsBracketedAcronymWhateverTheSpelling() {
        assertThat(mentions("Peneliti Badan Pengkajian dan Penerapan Teknolgi (BPPT) hadir. BPPT menolak."))
                .allMatch(m -> !m.startsWith("organization:") || m.endsWith("=Agency for the Assessment and Application of Technology"));
    }

    @Test
    void aDescribedOutletIsTheOutlet() {
        assertThat(mentions("Kantor berita Korea Utara KCNA menyatakan hal itu."))
                .contains("organization:KCNA=Korean Central News Agency")
                .noneMatch(m -> m.contains("Kantor berita"));
    }

    @Test
    void companiesWithAnAbbreviationPointOrALongName() {
        assertThat(mentions("Direktur PT. Sinar Kencana Abadi diperiksa. Sanksi menyasar Bank of Dandong dan Hoa Binh Trading Co Ltd kemarin."))
                .contains("organization:PT. Sinar Kencana Abadi=PT Sinar Kencana Abadi", "organization:Bank of Dandong=Bank of Dandong",
                        "organization:Hoa Binh Trading Co Ltd=Hoa Binh Trading Co Ltd");
        assertThat(mentions("Bisa lewat Polres atau Polda. Silakan hubungi polisi.")).noneMatch(m -> m.contains("Silakan"));
    }

    @Test
    void citedOutletsButNoDays() {
        assertThat(mentions("\"Kami siap,\" katanya kepada wartawan, dikutip Independent. Data itu dikutip Senin lalu."))
                .contains("organization:Independent=Independent").noneMatch(m -> m.contains("Senin"));
    }

    @Test
    void aWireCreditClosingTheTextIsACitedSource() {
        Extraction x = EXTRACTOR.extract(new Article("t", "test", "Kapal itu diusir pada Selasa. (Antara)",
                new GivenMetadata(null, null, "2024-03-08", null)));
        assertThat(x.metadata().sources()).extracting(Entity::name).contains("ANTARA");
        Extraction initials = EXTRACTOR.extract(new Article("t", "test", "Kapal itu diusir pada Selasa. (ded/rdk)",
                new GivenMetadata(null, null, "2024-03-08", null)));
        assertThat(initials.metadata().sources()).isEmpty();
    }

    @Test
    void aBracketedOutletAtTheEndOfTheLastParagraphIsNamedAndCited() {
        Extraction x = EXTRACTOR.extract(new Article("t", "test", "Sidang ditunda hingga pekan depan, kata hakim. [Antara]",
                new GivenMetadata(null, null, "2024-03-08", null)));
        assertThat(x.metadata().sources()).extracting(Entity::name).contains("ANTARA");
        assertThat(x.mentions()).extracting(Mention::surface).contains("Antara");
        // a reporter's name in the closing brackets is no outlet
        Extraction reporter = EXTRACTOR.extract(new Article("t", "test", "Sidang ditunda hingga pekan depan. (Yendra)",
                new GivenMetadata(null, null, "2024-03-08", null)));
        assertThat(reporter.metadata().sources()).isEmpty();
    }

    @Test
    void nationalTeamsAreNamedAfterTheirCountryWhichStaysMentioned() {
        List<String> found = mentions("Pelatih timnas Belanda U - 19 memanggil dua pemain baru. Timnas U-19 berlatih di Zeist. "
                + "Kakaknya membela tim nasional voli Jepang.");
        assertThat(found).contains("organization:timnas Belanda U - 19=Timnas Belanda U-19",
                "organization:Timnas U-19=Timnas Belanda U-19", "organization:tim nasional voli Jepang=Timnas Voli Jepang",
                "country:Belanda=Netherlands", "country:Jepang=Japan");
        // the same team in another article is the same entity
        assertThat(EXTRACTOR.extract(new Article("u", "test", "Dua pemain Tim Nasional Belanda U-19 cedera.", null)).mentions())
                .extracting(m -> m.entity().key()).contains("org/national-team-nl-u-19");
    }

    @Test
    void aNounOfKindBeforeOrAfterANameMakesItABody() {
        assertThat(mentions("Hal itu dilaporkan koran lokal Hokubu Shimpo dan dijual lewat balai lelang Varennes. "
                + "Grab membeli Tokovi, startup lokal yang melayani pembayaran."))
                .contains("organization:Hokubu Shimpo=Hokubu Shimpo", "organization:Varennes=Varennes", "organization:Tokovi=Tokovi");
        // an office written with the same word, a description, or a sentence adverb before the comma: no new body
        assertThat(mentions("Ketua Harian Pengurus Besar itu hadir. Surat kabar Kuwait melaporkannya. "
                + "Pasalnya, perusahaan itu merugi."))
                .noneMatch(m -> m.contains("Harian") || m.contains("Surat kabar") || m.contains("Pasalnya"));
    }

    @Test
    void bracketedInitialsOrACountryCodeAfterAPersonAreNoBody() {
        List<String> found = mentions("Jaksa memanggil saksi untuk tersangka Hendra Wiryo Santoso (HWS) pekan lalu. "
                + "Di final, Lee Min-seo menang atas Chen Yufei (CHN). Ia bertemu Dian Pratiwi (Bekraf) kemarin.");
        assertThat(found).contains("person:HWS=Hendra Wiryo Santoso", "organization:Bekraf=Creative Economy Agency of Indonesia")
                .noneMatch(m -> m.startsWith("organization:HWS") || m.startsWith("organization:CHN"));
    }

    @Test
    void aCitedOutletNamedWithItsCountryButNoOrdinaryWord() {
        assertThat(mentions("\"Kami siap,\" ucap Rini seperti dilansir dari Bulutangkis Nusantara Indonesia. "
                + "Berita itu dikutip dari Bekas kandidat itu. Media Inggris memberitakan bahwa ia pergi."))
                .contains("organization:Bulutangkis Nusantara Indonesia=Bulutangkis Nusantara Indonesia")
                .noneMatch(m -> m.startsWith("organization:Bekas") || m.startsWith("organization:Media"));
    }

    @Test
    void afterAnOfficeAPlaceClosesTheBodysNameAndALoneNameWordIsItsHolder() {
        assertThat(mentions("Kepala Dinas Pariwisata Kabupaten Sleman Widarsono mengatakan acara itu ramai."))
                .contains("organization:Dinas Pariwisata Kabupaten Sleman=Dinas Pariwisata Kabupaten Sleman", "person:Widarsono=Widarsono");
        // without an office before it, the word after the place may be the body's own
        assertThat(mentions("Ia kuliah di Sekolah Tinggi Hukum Indonesia Jentera sejak 2015."))
                .contains("organization:Sekolah Tinggi Hukum Indonesia Jentera=Sekolah Tinggi Hukum Indonesia Jentera");
    }

    @Test
    void aRunClosedByABodysTailOrNamedByDilansirIsNoPerson() {
        assertThat(mentions("Rekaman itu dirilis Harbor Lane Recordings pekan lalu. Dilansir Quiet Finch, pelukis itu tinggal di Oslo."))
                .contains("organization:Harbor Lane Recordings=Harbor Lane Recordings", "organization:Quiet Finch=Quiet Finch")
                .noneMatch(m -> m.startsWith("person:"));
    }

    @Test
    void anUnknownAcronymBetweenAnOfficeAndItsHolderIsTheBody() {
        assertThat(mentions("Rencana itu dibahas Sekjen FPKB Hasan Basri Lubis dan rekan-rekannya."))
                .contains("organization:FPKB=FPKB", "person:Hasan Basri Lubis=Hasan Basri Lubis");
        // over a place the acronym is the place; after a minister, the portfolio
        assertThat(mentions("Kapolda NTB Brigjen Umar Said hadir. Menteri PANRB Asman Abnur datang."))
                .noneMatch(m -> m.startsWith("organization:"));
    }

    @Test
    void aMinistrySpeltWithoutItsEIsTheSameMinistry() {
        assertThat(mentions("Ia pernah bekerja di Kementrian Kehutanan dan Kementrian Pemberdayaan Perempuan."))
                .contains("organization:Kementrian Kehutanan=Ministry of Forestry of Indonesia",
                        "organization:Kementrian Pemberdayaan Perempuan=Kementrian Pemberdayaan Perempuan");
    }

    @Test
    void aOneWordNameCutShortIsThePersonNamedInFullBefore() {
        assertThat(mentions("Kepala Dinas Pariwisata Kabupaten Sleman Widarsono membenarkan. Menurut Widar, tamu naik."))
                .contains("person:Widarsono=Widarsono", "person:Widar=Widarsono");
    }

    @Test
    void aLineUpUnderAFormationLineNamesEveryPlayerAndTheCoach() {
        List<String> found = mentions("Laga berakhir imbang.\n\nSriwijaya Muda 4 - 4 - 2\n\nRanto Hutagalung; Otavio, Saputra, Rochman, "
                + "Suroso; Firman, Ichsan, Yoo - Jin Park, Paulo Sergio; Teguh, Wildan\n\nPelatih: Jafri Sastra\n");
        assertThat(found).contains("person:Otavio=Otavio", "person:Wildan=Wildan", "person:Yoo - Jin Park=Yoo - Jin Park",
                "person:Jafri Sastra=Jafri Sastra");
        // a short list under a score line is no line-up
        assertThat(mentions("Hasil laga 2 - 1 - 0\n\nJakarta, Bandung, Medan\n")).noneMatch(m -> m.startsWith("person:"));
    }

    @Test
    void aSurnameGoesOnOverASpacedHyphenButATicketOfTwoDoesNot() {
        assertThat(mentions("Gelandang muda Ainsley Maitland - Niles bermain penuh. Pasangan Prabowo - Sandiaga Uno menang."))
                .contains("person:Ainsley Maitland - Niles=Ainsley Maitland-Niles", "person:Sandiaga Uno=Sandiaga Uno");
    }

    @Test
    void aSidesLineOfPlayersAfterItsNameAndAColonNamesThemAll() {
        List<String> found = mentions("Laga berakhir imbang.\n\nSusunan Pemain\n\nRovers: Aldo Pratama; Holding, Brandt (Kolar, 32 '), "
                + "Ruiz, Okafor, Elneny, Zubir, Marek - Novak, Weller, Iwobi (Tanaka, 67 '), Lindqvist (c).\n");
        assertThat(found).contains("person:Holding=Holding", "person:Kolar=Kolar", "person:Marek - Novak=Marek - Novak",
                "person:Lindqvist=Lindqvist", "person:Tanaka=Tanaka");
        // a short list after a colon is no side
        assertThat(mentions("Peserta: Jakarta, Bandung, Medan.\n")).noneMatch(m -> m.startsWith("person:"));
    }

    @Test
    void aRetiredRanksMarkIsNoPartOfTheName() {
        assertThat(mentions("Ia bertemu Marsekal Madya (Purn) Hartanto Wiryo di Jakarta."))
                .contains("person:Hartanto Wiryo=Hartanto Wiryo").noneMatch(m -> m.contains("Purn"));
    }

    @Test
    void technicalOfficesNamedBalaiAreBodiesButTheCityHallIsAPlace() {
        assertThat(mentions("Pengelola Balai Taman Nasional Wakatobi menutup pulau itu. Ia datang ke Balai Kota DKI."))
                .contains("organization:Balai Taman Nasional Wakatobi=Balai Taman Nasional Wakatobi")
                .noneMatch(m -> m.startsWith("organization:Balai Kota"));
    }

    @Test
    void aKnownShortNameAfterAnOfficeTakesOnlyItsGivenNameNotTheOfficesWords() {
        // "Sutopo" alone is a person the knowledge base knows; the holder here is another one
        assertThat(mentions("Ia bertemu Kepala Dinas Konservasi Borobudur Marsis Sutopo kemarin."))
                .contains("person:Marsis Sutopo=Marsis Sutopo", "organization:Dinas Konservasi Borobudur=Dinas Konservasi Borobudur");
        // a known short name inside a body's name is no person
        assertThat(mentions("Ia pernah menjadi Direktur Pengamanan Sinyal Lembaga Sandi Negara (Lemsaneg) pada 2015."))
                .noneMatch(m -> m.startsWith("person:"));
    }

    @Test
    void bareNamesListedWithOrganisationsAreOrganisations() {
        assertThat(mentions("Pameran diikuti PT Pos Indonesia, PT KAI, Elnusa, Kopkarpel, dan PT PLN."))
                .contains("organization:Elnusa=Elnusa", "organization:Kopkarpel=Kopkarpel");
        assertThat(mentions("Kerja sama melibatkan PT Pos Indonesia, Budiman dan Kopkarpel."))
                .noneMatch(m -> m.contains("Budiman") || m.contains("Kopkarpel"));
    }

    @Test
    void aRoleInBracketsAfterAnActorIsNoBody() {
        assertThat(mentions("Film ini dibintangi Ayu Lestari (Marlina) dan Dimas Pratama (Bekraf)."))
                .noneMatch(m -> m.startsWith("organization:Marlina"))
                .anyMatch(m -> m.startsWith("organization:Bekraf"));
    }

    @Test
    void aTailWordInsideALongerNameEndsNothing() {
        assertThat(mentions("Film itu diputar di Toronto International Film Festival pekan lalu."))
                .noneMatch(m -> m.startsWith("organization:"));
        assertThat(mentions("Lembaga Plan International Indonesia membantu korban."))
                .anyMatch(m -> m.startsWith("organization:") && m.contains("Plan International"));
    }

    @Test
    void twoSpellingsOfOneNameAreOnePerson() {
        assertThat(mentions("Pengacara Farhat Abbas hadir. Saksi Elza Syarif diperiksa. Abbas mengatakan Elza Syarief jujur."))
                .contains("person:Abbas=Farhat Abbas", "person:Elza Syarief=Elza Syarif");
        assertThat(mentions("Pada masa Presiden Soeharto, putrinya Titiek Soeharto aktif.")).contains("person:Soeharto=Suharto");
    }

    @Test
    void balineseNamesKeepTheirOpener() {
        assertThat(mentions("Direktur Jenderal Kementerian Perindustrian I Gusti Putu Suryawirawan hadir."))
                .contains("organization:Kementerian Perindustrian=Ministry of Industry of Indonesia",
                        "person:I Gusti Putu Suryawirawan=I Gusti Putu Suryawirawan");
    }

    @Test
    void hospitalsByAbbreviationAndCountriesByTheirNewsNames() {
        assertThat(mentions("Korban dirawat di RS Siloam Karawaci. Atlet dari Ceko dan Kongo ikut."))
                .contains("organization:RS Siloam Karawaci=RS Siloam Karawaci", "country:Ceko=Czechia",
                        "country:Kongo=Democratic Republic of the Congo");
    }

    @Test
    void aPersonRightAfterAKnownBodyIsNotPartOfIt() {
        assertThat(mentions("Pakar Universitas Gadjah Mada Erwan Agus Purwanto menilai hal itu."))
                .contains("organization:Universitas Gadjah Mada=Gadjah Mada University", "person:Erwan Agus Purwanto=Erwan Agus Purwanto");
    }

    @Test
    void acronymHeadsMatchOnlyAsWrittenAndSchoolsKeepTheirNumber() {
        assertThat(mentions("Konser digelar oleh Shiraz Projects Sdn Bhd. Siswa SMA Negeri 3 Bandung hadir."))
                .contains("organization:Shiraz Projects Sdn Bhd=Shiraz Projects Sdn Bhd", "organization:SMA Negeri 3 Bandung=SMA Negeri 3 Bandung");
        assertThat(mentions("Revisi Undang-Undang Nomor 15 Tahun 2011 dibahas Panitia Kerja DPR."))
                .noneMatch(m -> m.contains("Nomor 15"));
    }

    @Test
    void aGivenNameJoinedByASpacedHyphen() {
        assertThat(mentions("CEO Bayern Karl - Heinz Rummenigge mengatakan hal itu."))
                .anyMatch(m -> m.startsWith("person:Karl - Heinz Rummenigge="));
        assertThat(mentions("Pasangan Jokowi - JK menang.")).noneMatch(m -> m.startsWith("person:Jokowi - JK"));
    }

    @Test
    void playersInALineUp() {
        assertThat(mentions("Susunan Pemain\n\nRoma (4 - 3 - 3): 1 - Alisson; 24 - Florenzi (3 - Juan Jesus 60 '), 44 - Manolas; "
                + "16 - Daniele De Rossi\n\nSelesai."))
                .anyMatch(m -> m.startsWith("person:Florenzi=")).anyMatch(m -> m.startsWith("person:Juan Jesus="))
                .anyMatch(m -> m.startsWith("person:Manolas=")).anyMatch(m -> m.startsWith("person:Daniele De Rossi="));
    }

    @Test
    void initialsBeforeASurnameAreANameOfTheirOwn() {
        assertThat(mentions("Penulis JK Rowling meminta maaf. Wapres JK mengatakan hal itu."))
                .contains("person:JK Rowling=JK Rowling", "person:JK=Jusuf Kalla");
    }

    @Test
    void aSurnameThatIsAlsoAWordOpeningAnIdiomIsNoMention() {
        assertThat(mentions("Bersama Liverpool Mohamed Salah menjadi predator. Salah satu rekornya pecah. Bahkan Salah yang didatangkan pulang."))
                .filteredOn(m -> m.startsWith("person:Salah=")).hasSize(1);
    }

    @Test
    void aNounForTheKindOfBodyIntroducesItsName() {
        assertThat(mentions("Perusahaan itu mengakuisisi startup lokal Tanibox dan maskapai Trigana Air pekan lalu."))
                .contains("organization:Tanibox=Tanibox", "organization:Trigana Air=Trigana Air");
        // an origin, a clause, a role or a demonstrative after the noun: no name of a body
        assertThat(mentions("Band asal Purwokerto tampil. Agensi yang menaungi Dewi Lestari menolak. "
                + "Presiden klub Andi Wijaya hadir. Ia membela klub Catalan tersebut."))
                .noneMatch(m -> m.startsWith("organization:"));
    }

    @Test
    void englishHeadsWithFunctionWordsInside() {
        assertThat(mentions("Peneliti dari University of Texas at Arlington dan Universitas Brawijaya hadir. "
                + "Pengamat dari Institute for Strategic Studies Taufik Andrie membenarkannya."))
                .contains("organization:University of Texas at Arlington=University of Texas at Arlington",
                        "organization:Institute for Strategic Studies=Institute for Strategic Studies",
                        "person:Taufik Andrie=Taufik Andrie");
    }

    @Test
    void peopleNamedAsAGroupOrByBernama() {
        assertThat(mentions("Di persidangan terdakwa Irman dan Sugiharto hadir. Seorang warga bernama Irwansyah ikut ditangkap. "
                + "Ponsel baru bernama Redmi 5A dirilis."))
                .contains("person:Sugiharto=Sugiharto", "person:Irwansyah=Irwansyah")
                .noneMatch(m -> m.contains("Redmi"));
    }

    @Test
    void aNameAnAttributionPointsAtMayBorrowOrdinaryWords() {
        assertThat(mentions("\"Keluarga tetap prioritas,\" ujar Happy Salma. Namun Awang menolak berkomentar."))
                .contains("person:Happy Salma=Happy Salma")
                .noneMatch(m -> m.contains("Namun"));
    }

    @Test
    void aKnownFullNameAfterAFurtherGivenName() {
        assertThat(mentions("Turut hadir Wakil Presiden Muhammad Jusuf Kalla."))
                .contains("person:Muhammad Jusuf Kalla=Jusuf Kalla");
    }

    @Test
    void afterACommaOrARankTheWholeRunIsTheName() {
        assertThat(mentions("Anggota Komisi I DPR, Wiratno Agus Salim, meminta penjelasan. Kapolres Bogor Kombes Subroto Adi Nugroho hadir."))
                .contains("person:Wiratno Agus Salim=Wiratno Agus Salim", "person:Subroto Adi Nugroho=Subroto Adi Nugroho")
                .noneMatch(m -> m.equals("person:Agus Salim=Agus Salim") || m.equals("person:Adi Nugroho=Adi Nugroho"));
    }

    @Test
    void aTitleOrHonorificInsideARunStartsTheName() {
        assertThat(mentions("\"Kami siap,\" ujar Wakapolda Sumatera Brigjen Sutarmo, Senin (4/3). Direktur Keuangan Pak Hartawan pensiun."))
                .contains("person:Sutarmo=Sutarmo", "person:Hartawan=Hartawan");
    }

    @Test
    void aMiddleInitialWithItsPeriodAndAnEastAsianFamilyNameInALongRun() {
        assertThat(mentions("Ketua Umum Asosiasi Pengusaha Darmawan P. Santosa hadir. Direktur Pemasaran Sinar Jaya Air Nguyen Minh Duc tiba."))
                .contains("person:Darmawan P. Santosa=Darmawan P. Santosa", "person:Nguyen Minh Duc=Nguyen Minh Duc");
    }

    @Test
    void worksVehiclesIndicesAndPlacesAreNoPeople() {
        assertThat(mentions("Ia bermain dalam film Midnight Harbour dan naik Kereta Api Sindoro Laut. Indeks Kospi naik, indeks Nikkei Dawa turun. "
                + "Warga berkumpul di Banjar Sari dan Dusun Kali Wetan."))
                .noneMatch(m -> m.startsWith("person:"));
    }

    @Test
    void aGivenNameAndOneMoreWordAfterARole() {
        assertThat(mentions("Ekonom Bank Sentosa Rangga Putra mengatakan rupiah melemah."))
                .contains("person:Rangga Putra=Rangga Putra");
    }

    @Test
    void examplesListedAfterAKindOfBodyAreOrganisations() {
        assertThat(mentions("Acara itu dihadiri startup lain seperti Belanjain, Kirimku dan Sewaloka."))
                .contains("organization:Belanjain=Belanjain", "organization:Kirimku=Kirimku", "organization:Sewaloka=Sewaloka");
    }

    @Test
    void balineseNamesAndSpanishParticles() {
        assertThat(mentions("Duta Besar RI, I Gusti Ngurah Swastika, menerima tamu. Petenis Argentina Juan Carlos del Monte menang; Del Monte senang."))
                .contains("person:I Gusti Ngurah Swastika=I Gusti Ngurah Swastika", "person:Juan Carlos del Monte=Juan Carlos del Monte",
                        "person:Del Monte=Juan Carlos del Monte");
    }

    @Test
    void englishWordsNameThingsNotPeople() {
        assertThat(mentions("Ia menjadi Visiting Professor di sana dan memesan Grilled Salmon. Pertemuan Humanist Alliance ditunda."))
                .noneMatch(m -> m.startsWith("person:"));
    }

    @Test
    void twoWordsRightAfterAKnownBodyAreTheWholeName() {
        assertThat(mentions("Direktur Jenderal Kementerian Perdagangan Oke Santosa merinci harga itu."))
                .contains("person:Oke Santosa=Oke Santosa")
                .noneMatch(m -> m.startsWith("organization:Kementerian Perdagangan Oke"));
    }

    @Test
    void aLongBodyNameInLowerCaseAndASummitThatIsNoBody() {
        assertThat(mentions("Massa diterima kantor staf presiden kemarin. Konferensi Tingkat Tinggi digelar di Bali."))
                .anyMatch(m -> m.startsWith("organization:kantor staf presiden="))
                .noneMatch(m -> m.startsWith("organization:Konferensi Tingkat Tinggi"));
    }

    @Test
    void oneNameWordAfterACommaAndBeforeASpeechVerb() {
        assertThat(mentions("Salah seorang petani, Sukarjan mengaku gagal panen. Sementara itu, DataKota mengatakan hal serupa."))
                .contains("person:Sukarjan=Sukarjan")
                .noneMatch(m -> m.startsWith("person:DataKota"));
    }

    @Test
    void aNameStopsAtBlankedFurnitureSoEveryMentionQuotesTheOriginal() {
        String text = "Rapat itu digelar Kementerian Riset Suatu Acara (source.example.edu) Maju di Jakarta.";
        Extraction x = EXTRACTOR.extract(new Article("t", "test", text, new GivenMetadata(null, null, "2024-03-08", null)));
        assertThat(x.mentions()).isNotEmpty()
                .allSatisfy(m -> assertThat(m.surface()).isEqualTo(text.substring(m.begin(), m.end())));
        assertThat(x.mentions()).anyMatch(m -> m.surface().equals("Kementerian Riset Suatu Acara"));
    }

    @Test
    void anOccupationAfterAHeadWordBelongsToTheBody() {
        assertThat(mentions("Menurut Gabungan Pengusaha Tambak Indonesia (Gaptindo), panen naik. Gaptindo menyebut harga turun."))
                .contains("organization:Gabungan Pengusaha Tambak Indonesia=Gabungan Pengusaha Tambak Indonesia",
                        "organization:Gaptindo=Gabungan Pengusaha Tambak Indonesia")
                .noneMatch(m -> m.startsWith("person:"));
    }

    @Test
    void aTailAfterANameClosesItAndOpensNoOtherBody() {
        assertThat(mentions("Presiden didampingi pemilik Sentosa Grup Bram Wijaya dan Brian Sutanto."))
                .noneMatch(m -> m.startsWith("organization:Grup Bram"));
    }

    @Test
    void anOutletAsTheSubjectOfReporting() {
        assertThat(mentions("Klub itu panik. Tuttosport melansir bahwa klub berusaha keras."))
                .contains("organization:Tuttosport=Tuttosport");
    }

    @Test
    void aPlaceAfterAPlaceLocatesTheBodyAndAKnownBodysTownIsItsBranch() {
        assertThat(mentions("Polres Bogor Jawa Barat menggelar razia malam itu."))
                .contains("organization:Polres Bogor=Polres Bogor");
        assertThat(mentions("Ketua Partai Golkar Cianjur hadir. Polres Bogor Kabupaten Bogor berjaga."))
                .contains("organization:Partai Golkar=Golkar", "organization:Polres Bogor=Polres Bogor")
                .noneMatch(m -> m.startsWith("organization:Partai Golkar Cianjur") || m.startsWith("organization:Polres Bogor Kabupaten"));
    }

    @Test
    void afterAPlaceOrBeforeAYearANameIsClosed() {
        assertThat(mentions("Sidang digelar di Pengadilan Negeri Kupang dan Panitera Pengadilan Negeri Kupang hadir."))
                .contains("organization:Pengadilan Negeri Kupang=Pengadilan Negeri Kupang")
                .noneMatch(m -> m.contains(" dan Panitera"));
        assertThat(mentions("Proyek asrama Universitas Teknik Borneo Tahun 2015 diperiksa jaksa."))
                .contains("organization:Universitas Teknik Borneo=Universitas Teknik Borneo");
        // a descriptive name keeps its "dan"
        assertThat(mentions("Rapat dipimpin Dinas Kelautan dan Perikanan kemarin."))
                .contains("organization:Dinas Kelautan dan Perikanan=Dinas Kelautan dan Perikanan");
    }

    @Test
    void aShortPersonNameInsideABodysNameIsAWordOfIt() {
        // "Sandi" alone is a known person's short name
        assertThat(mentions("Tugas itu dialihkan dari Lembaga Sandi Negara ke badan baru."))
                .contains("organization:Lembaga Sandi Negara=Lembaga Sandi Negara")
                .noneMatch(m -> m.startsWith("person:"));
    }

    @Test
    void aTitleWordBeforeTheBodysCountryBelongsToTheName() {
        assertThat(mentions("Tari itu memukau anggota Ikatan Istri Diplomat Peru di Lima."))
                .contains("organization:Ikatan Istri Diplomat Peru=Ikatan Istri Diplomat Peru")
                .noneMatch(m -> m.startsWith("person:"));
    }

    @Test
    void theCountryOfADescribedBodyStandsBetweenTheNounAndTheName() {
        assertThat(mentions("Hal itu diberitakan oleh harian olahraga Italia Corriere Sportivo pada Senin."))
                .contains("organization:Corriere Sportivo=Corriere Sportivo");
        assertThat(mentions("Kabar itu dimuat kantor berita Iran, Mehrnews, kemarin."))
                .contains("organization:Mehrnews=Mehrnews");
    }

    @Test
    void aKnownNameThatIsAnOrdinaryWordOpeningASentenceIsThatWord() {
        // "Suara" is also an outlet's name in the knowledge base
        assertThat(mentions("Suara gemuruh terdengar dari gunung. Suara-suara itu membuat warga cemas."))
                .noneMatch(m -> m.startsWith("organization:"));
        assertThat(mentions("Menurut laporan dari Gamepedia, konsol itu tak lagi dibuat."))
                .contains("organization:Gamepedia=Gamepedia");
    }

    @Test
    void twoGivenNamesAndAnOrdinaryWordAfterATitleAreAName() {
        // "Rawat" is also an ordinary word (to nurse), yet after a title and two given names it closes the name
        assertThat(mentions("Duta Besar India Pradeep Kumar Rawat menyerahkan surat."))
                .contains("person:Pradeep Kumar Rawat=Pradeep Kumar Rawat");
    }

    @Test
    void aMalaysianHonorificOfTwoWordsOpensTheNameAndLeavesTheRole() {
        // "Seri" alone would be a series of things
        Extraction x = EXTRACTOR.extract(new Article("t", "test", "Ia berunding dengan Presiden Persatuan Sepak Takraw Malaysia "
                + "(PSTM) Datuk Seri Hamdan Yusri, Selasa.", new GivenMetadata(null, null, "2024-03-08", null)));
        assertThat(x.mentions()).anyMatch(m -> m.surface().equals("Hamdan Yusri") && m.entity().type() == EntityType.PERSON);
        assertThat(x.roles()).anyMatch(r -> r.role().equals("Presiden Persatuan Sepak Takraw Malaysia (PSTM)"));
    }

    @Test
    void aKnownPersonsShortNameOpeningAnotherNameIsThatOtherPerson() {
        // "Jean-Pierre" is a known press secretary's surname; the diplomat is someone else
        assertThat(mentions("PBB menunjuk diplomat Prancis Jean - Pierre Lacroix. Lacroix mulai bertugas April."))
                .contains("person:Jean - Pierre Lacroix=Jean - Pierre Lacroix", "person:Lacroix=Jean - Pierre Lacroix")
                .noneMatch(m -> m.endsWith("=Karine Jean-Pierre"));
        // the known person's full name, spelt a little differently, is still that person
        assertThat(mentions("Wakil Gubernur DKI Djarot Saeful Hidayat hadir.")).anyMatch(m -> m.endsWith("=Djarot Saiful Hidayat"));
        // a role read for the first part of a hyphenated name stays with the whole person
        Extraction x = EXTRACTOR.extract(new Article("t", "test", "Namun Presiden Lille, Jean - Marc Dubois, menolak tawaran itu.",
                new GivenMetadata(null, null, "2024-03-08", null)));
        assertThat(x.roles()).extracting(r -> r.entity().name() + "=" + r.role()).containsExactly("Jean - Marc Dubois=Presiden Lille");
    }

    @Test
    void aSumOfMoneyEndsABodysNameAndAPadepokanIsABody() {
        assertThat(mentions("Proyek meliputi Universitas Teknik Borneo Rp 120 miliar."))
                .contains("organization:Universitas Teknik Borneo=Universitas Teknik Borneo");
        assertThat(mentions("Polisi menggeledah Padepokan Eyang Suro di Cirebon."))
                .contains("organization:Padepokan Eyang Suro=Padepokan Eyang Suro")
                .noneMatch(m -> m.startsWith("person:"));
    }

    @Test
    void theCorpsAfterARankBelongsToTheTitleNotTheName() {
        assertThat(mentions("Kepala Biro Penmas Brigadir Jenderal Pol Sutrisno Adi mengatakan hal itu."))
                .contains("person:Sutrisno Adi=Sutrisno Adi").noneMatch(m -> m.contains("Pol Sutrisno"));
        assertThat(mentions("Komandan Korps Marinir Mayor Jenderal (Mar) Endi Supardi hadir."))
                .contains("person:Endi Supardi=Endi Supardi");
    }

    @Test
    void aManufacturerFromACountryAndDataFromAKnownBody() {
        assertThat(mentions("Pabrikan asal Korea Selatan, Hanwoo Optics, merilis lensa baru."))
                .contains("organization:Hanwoo Optics=Hanwoo Optics");
        // "pabrikan" only describes: it never opens a body's name
        assertThat(mentions("Pabrikan China ini menyiapkan amunisinya.")).noneMatch(m -> m.startsWith("organization:"));
        // data are cited from a body known by name, not from a survey's title
        assertThat(mentions("Berdasarkan data Riset Kesehatan Dasar, angkanya naik.")).noneMatch(m -> m.startsWith("organization:"));
    }

    @Test
    void aFieldNamedAfterATitleIsNoPerson() {
        // "Kedokteran" (medicine) is made with ke-…-an: the field of the office, and the rank names its holder
        assertThat(mentions("Hal itu dikatakan Kepala Bidang Kedokteran dan Kesehatan Polda Jambi Komisaris Besar "
                + "Hendra Wijaya kemarin."))
                .contains("person:Hendra Wijaya=Hendra Wijaya").noneMatch(m -> m.startsWith("person:Kedokteran"));
        assertThat(mentions("Dalam film itu, Opsir Jason Dixon diperankan Sam Rockwell."))
                .contains("person:Jason Dixon=Jason Dixon");
    }

    @Test
    void aTitledWordWhoseCompoundGoesOnInLowerCaseIsNoName() {
        assertThat(mentions("Aturan itu diundangkan oleh Dirjen Perundang - undangan kementerian pada Senin."))
                .noneMatch(m -> m.startsWith("person:"));
        assertThat(mentions("Penyanyi Bae Jin - young merilis lagu baru.")).anyMatch(m -> m.startsWith("person:Bae Jin - young"));
    }

    @Test
    void laterUsesOfADescribedBodyAreThatBody() {
        assertThat(mentions("Perusahaan itu membeli startup lokal Warungku pekan lalu. Kini Warungku melayani 20 kota,"
                + " dan pendiri Warungku tetap memimpin."))
                .containsExactly("organization:Warungku=Warungku", "organization:Warungku=Warungku", "organization:Warungku=Warungku");
        // a body the text already names is no person when it speaks
        assertThat(mentions("Tiketin, startup asal Malaysia, masuk ke pasar baru. Dengan modal itu, Tiketin berharap tumbuh."))
                .noneMatch(m -> m.startsWith("person:"));
        // a club's name without its prefix is the club
        assertThat(mentions("Klub itu bernegosiasi dengan KAS Eupen. Pembicaraan dengan Eupen berlangsung lama."))
                .filteredOn(m -> m.startsWith("organization:")).hasSize(2).allMatch(m -> m.endsWith("=KAS Eupen"));
    }

    @Test
    void aBodyNamedWithBernama() {
        assertThat(mentions("Investor itu mendanai sebuah startup asal Hong Kong bernama Veyra Lumo tahun lalu."))
                .contains("organization:Veyra Lumo=Veyra Lumo");
        // an app is a product, however it is named
        assertThat(mentions("Mereka menguji aplikasi baru bernama Kabarku di tiga kota."))
                .noneMatch(m -> m.contains("Kabarku"));
    }

    @Test
    void scorersWithTheMinuteOfTheirGoal() {
        assertThat(mentions("Persija 2 - 1 Persib (Rudi Hartono 12 ', Joko Prasetyo 90 + 2 ')\n\nPelatih: Agus Salim\n"))
                .contains("person:Rudi Hartono=Rudi Hartono", "person:Joko Prasetyo=Joko Prasetyo", "person:Agus Salim=Agus Salim");
    }

    @Test
    void anArabicArticleJoinedByAHyphenIsPartOfTheName() {
        assertThat(mentions("Kepala pemerintahan itu, Fahri al-Mansour, berbicara dengan wartawan."))
                .contains("person:Fahri al-Mansour=Fahri al-Mansour");
    }

    @Test
    void policeRanksAndRefereesIntroduceNames() {
        assertThat(mentions("Dua anggota, Brigpol Sutarno dan Bharada Wahyu, terluka. Laga dipimpin wasit Herman."))
                .contains("person:Sutarno=Sutarno", "person:Wahyu=Wahyu", "person:Herman=Herman");
    }

    @Test
    void anAmpersandInsideABodysName() {
        assertThat(mentions("Film itu diproduksi oleh Arka & Vero Pictures tahun ini."))
                .contains("organization:Arka & Vero Pictures=Arka & Vero Pictures");
    }

    @Test
    void aBodyNamedEarlierOpensItsOfficersName() {
        assertThat(mentions("Startup lokal Tokoria meraih pendanaan baru. CEO Tokoria Rendra Wibisana mengatakan dana itu cukup."))
                .contains("organization:Tokoria=Tokoria", "person:Rendra Wibisana=Rendra Wibisana")
                .noneMatch(m -> m.startsWith("person:Tokoria"));
        // one word after the body's name names its product, not a person
        assertThat(mentions("Startup bernama Lumora Tech merilis kacamata Lumora Tech Vega pekan ini."))
                .noneMatch(m -> m.startsWith("person:"));
    }

    @Test
    void armedGroupsNamedWithAnArabicArticle() {
        assertThat(mentions("Serangan itu diklaim Jabhat al-Furqan pada Senin."))
                .contains("organization:Jabhat al-Furqan=Jabhat al-Furqan").noneMatch(m -> m.startsWith("person:"));
    }

    @Test
    void theOfficeHolderNamedAfterAnUnknownBodyInAnAttribution() {
        assertThat(mentions("\"Stok cukup,\" kata Kepala Dinas Pangan dan Perikanan Sumbawi Ratna Kemalasari, Senin."))
                .contains("organization:Dinas Pangan dan Perikanan Sumbawi=Dinas Pangan dan Perikanan Sumbawi",
                        "person:Ratna Kemalasari=Ratna Kemalasari");
        assertThat(mentions("\"Produksi berhenti,\" ujar Direktur Pemasaran PT KMI Radit Sanjoyo pekan lalu."))
                .contains("organization:PT KMI=PT KMI", "person:Radit Sanjoyo=Radit Sanjoyo");
        // no attribution, no person to look for: the body keeps its words
        assertThat(mentions("Acara itu digelar di Masjid Jami Baitul Makmur kemarin."))
                .noneMatch(m -> m.startsWith("person:"));
    }

    @Test
    void aBodysNameBeforeAStadiumsTailNamesTheStadium() {
        assertThat(mentions("Laga itu digelar di Allianz Arena, dan sepekan kemudian di Emirates Stadium."))
                .noneMatch(m -> m.startsWith("organization:"));
    }

    @Test
    void anEnglishSurnameWordClosesANameAfterAGivenNameButAnOrdinaryNounDoesNot() {
        assertThat(mentions("Ban kapten hinggap di lengan Ashley Young pekan lalu."))
                .contains("person:Ashley Young=Ashley Young");
        assertThat(mentions("Aplikasi itu diperkenalkan dalam acara Luna Display pekan lalu."))
                .noneMatch(m -> m.startsWith("person:"));
    }

    @Test
    void demikianAfterAQuotationIntroducesItsSpeaker() {
        assertThat(mentions("“Kami sudah sepakat soal gaji,” demikian Tegar kepada wartawan."))
                .contains("person:Tegar=Tegar");
        // "demikian" in running text introduces no one
        assertThat(mentions("Demikian Pula warga desa itu menyambut baik."))
                .noneMatch(m -> m.startsWith("person:"));
    }

    @Test
    void aPlaceEndingInKotaBeforeACommaDoesNotMakeTheHolderAfterItAStreetName() {
        assertThat(mentions("Kapolres Bekasi Kota, Kombespol Budi Santoso menegaskan larangan itu."))
                .contains("person:Budi Santoso=Budi Santoso");
        // a street named after someone still is one
        assertThat(mentions("Kantor itu pindah ke Jalan Jenderal Budi Santoso tahun lalu.")).noneMatch(m -> m.startsWith("person:"));
    }

    @Test
    void kinWordsAsFormsOfAddressOpenAName() {
        assertThat(mentions("Sutradara Tamara Wijaya bertemu Ernie Lestari. Mama Ernie lalu bercerita panjang."))
                .contains("person:Ernie=Ernie Lestari").noneMatch(m -> m.contains("=Mama Ernie"));
    }

    @Test
    void countriesWrittenInEnglishUnlessTheyArePartOfAName() {
        assertThat(mentions("Pejabat dari New Zealand dan Saudi Arabia tiba di Jakarta."))
                .contains("country:New Zealand=New Zealand", "country:Saudi Arabia=Saudi Arabia");
        assertThat(mentions("Dia bekerja untuk Japan Post Insurance sejak 2015.")).noneMatch(m -> m.startsWith("country:"));
    }

    @Test
    void aGivenNameAndASurnameThatAlsoEndsPlaceNames() {
        assertThat(mentions("Manajer itu mengutus Peter Hall ke Bangkok pekan lalu.")).contains("person:Peter Hall=Peter Hall");
        assertThat(mentions("Penyanyi itu akan tampil di Royal Albert Hall bulan depan.")).noneMatch(m -> m.startsWith("person:"));
    }

    @Test
    void aRoyalHouseIsAnInstitution() {
        assertThat(mentions("Pihak Keraton Kasunanan Surakarta menolak rencana pemerintah kota itu."))
                .contains("organization:Keraton Kasunanan Surakarta=Keraton Kasunanan Surakarta");
    }

    @Test
    void aRoleAtAPlaceThenThePerson() {
        assertThat(mentions("Sementara itu, tokoh masyarakat di Cibadak Agus Salimin Harjo menyambut baik acara itu."))
                .contains("person:Agus Salimin Harjo=Agus Salimin Harjo");
        // with no role before it, the words after "di" name a place
        assertThat(mentions("Balapan itu digelar di Termas Rio Hondo pekan depan.")).noneMatch(m -> m.startsWith("person:"));
    }

    @Test
    void aBodyWhoseNameHoldsAGivenNameBeforeItsOfficer() {
        assertThat(mentions("\"Jalan tol ini akan memudahkan pengendara,\" kata Direktur PT Garda Prima Sentosa Budi Harjono."))
                .contains("organization:PT Garda Prima Sentosa=PT Garda Prima Sentosa", "person:Budi Harjono=Budi Harjono")
                .noneMatch(m -> m.startsWith("person:Prima"));
    }

    @Test
    void aBodyAndItsShortNameInBracketsBeforeItsOfficer() {
        assertThat(mentions("PT Mandirijaya Kertasari Cendana (MKC) menargetkan proyek itu rampung tahun depan.\n\n"
                + "\"Kami optimistis,\" kata Direktur Utama PT Mandirijaya Kertasari Cendana (MKC) Budi Harjono di Jakarta."))
                .contains("organization:PT Mandirijaya Kertasari Cendana=PT Mandirijaya Kertasari Cendana", "person:Budi Harjono=Budi Harjono")
                .noneMatch(m -> m.startsWith("person:Mandirijaya"));
    }

    @Test
    void aSeniorOfficialOfAClubThenThePerson() {
        assertThat(mentions("Pekan lalu agen itu bertemu dengan petinggi Genoa Stefano Capozucca di sebuah hotel."))
                .contains("person:Stefano Capozucca=Stefano Capozucca")
                .noneMatch(m -> m.startsWith("person:Genoa"));
    }

    @Test
    void aNameTheArticleAlsoWritesInLowerCaseIsAnOrdinaryPhrase() {
        assertThat(mentions("Lemang Tapai merupakan makanan khas yang dijual di pasar. \"Saya menjual lemang tapai sejak pagi,\" "
                + "kata Rina Marlinda, Penjual Lemang Tapai di kawasan itu."))
                .contains("person:Rina Marlinda=Rina Marlinda")
                .noneMatch(m -> m.startsWith("person:Lemang"));
    }

    @Test
    void abulOpensALongName() {
        assertThat(mentions("Rina Marlinda bertemu Menteri Perdagangan Bangladesh Abul Karim Rashid Chowdhury di Dhaka."))
                .contains("person:Abul Karim Rashid Chowdhury=Abul Karim Rashid Chowdhury");
    }
}
