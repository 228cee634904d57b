package dev.kabar.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kabar.article.Article;
import dev.kabar.article.GivenMetadata;
import dev.kabar.kb.KnowledgeBase;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Who said what, on sentences written for the test. */
class StatementExtractorTest {
    private static final Extractor EXTRACTOR = new Extractor(KnowledgeBase.bundled(), "id");

    private static List<String> statements(String text) {
        Extraction x = EXTRACTOR.extract(new Article("t", "test", text, GivenMetadata.NONE));
        return x.statements().stream().map(s -> s.speaker().name() + "|" + s.mode().name().charAt(0) + "|" + s.text()).toList();
    }

    @Test
    void quotesWithAttributionAfterBeforeAndByPronoun() {
        assertThat(statements("\"Kami siap berunding kapan saja,\" kata Sergei Lavrov.\n\n"
                + "\"Tidak ada alasan untuk menunda,\" imbuhnya.\n\n"
                + "Retno Marsudi mengatakan, \"Indonesia mendukung perdamaian yang adil.\""))
                .containsExactly("Sergei Lavrov|D|Kami siap berunding kapan saja", "Sergei Lavrov|D|Tidak ada alasan untuk menunda",
                        "Retno Marsudi|D|Indonesia mendukung perdamaian yang adil");
    }

    @Test
    void aQuoteSpanningSentencesAndAStatementOfAnOrganisation() {
        assertThat(statements("\"Situasi memburuk. Bantuan harus segera masuk,\" bunyi pernyataan Kementerian Luar Negeri Rusia."))
                .containsExactly("Ministry of Foreign Affairs of Russia|D|Situasi memburuk. Bantuan harus segera masuk");
    }

    @Test
    void reportedSpeechAndMenurut() {
        assertThat(statements("Antonio Guterres menegaskan bahwa semua pihak harus menahan diri. "
                + "Menurut Kremlin, pembicaraan akan berlanjut pekan depan."))
                .containsExactly("António Guterres|R|semua pihak harus menahan diri",
                        "Kremlin|R|pembicaraan akan berlanjut pekan depan");
    }

    @Test
    void aRoleAfterTheNameOfMenurutIsNoPartOfWhatWasSaid() {
        assertThat(statements("Menurut Budi Santoso, manajer klub itu, tim sudah siap bertanding."))
                .containsExactly("Budi Santoso|R|tim sudah siap bertanding");
        // after a body the words in lower case are what it said: a described person opens the content
        assertThat(statements("Menurut Reuters, pelatih tim nasional, Shin Tae-yong, sudah memilih pemainnya."))
                .singleElement().asString().contains("pelatih tim nasional");
    }

    @Test
    void aPronounSpeakerIsThePersonNamedJustBefore() {
        assertThat(statements("Mahmoud Abbas tiba di Moskow pada Senin. Ia mengatakan bahwa rakyat Palestina menolak pengungsian."))
                .containsExactly("Mahmoud Abbas|R|rakyat Palestina menolak pengungsian");
    }

    @Test
    void aVerbWithMeaningOfItsOwnIsPartOfTheStatement() {
        assertThat(statements("Antonio Guterres meminta semua pihak menahan diri di Gaza."))
                .containsExactly("António Guterres|R|meminta semua pihak menahan diri di Gaza");
    }

    @Test
    void attributionsAroundTheStatement() {
        assertThat(statements("Mahmoud Abbas tiba di Kairo. Menurutnya, perundingan harus segera dimulai kembali."))
                .containsExactly("Mahmoud Abbas|R|perundingan harus segera dimulai kembali");
        assertThat(statements("Kata Sergei Lavrov, pasukan Rusia tidak akan mundur dari wilayah itu."))
                .containsExactly("Sergei Lavrov|R|pasukan Rusia tidak akan mundur dari wilayah itu");
        assertThat(statements("Selain itu, lanjut Retno Marsudi, Indonesia akan mengirim bantuan kemanusiaan."))
                .containsExactly("Retno Marsudi|R|Indonesia akan mengirim bantuan kemanusiaan");
    }

    @Test
    void theOutletQuotedFromIsNotTheSpeaker() {
        assertThat(statements("\"Kami tidak akan mundur,\" kata Ismail Haniyeh, dikutip dari Reuters."))
                .containsExactly("Ismail Haniyeh|D|Kami tidak akan mundur");
    }

    @Test
    void makingSureOfAPlaceOrBeingUnableToConfirmSaysNothing() {
        assertThat(statements("Tunggal putra Jonatan Christie memastikan tiket ke perempat final setelah menang atas pemain Jepang.")).isEmpty();
        assertThat(statements("Ketua KPU Hasyim Asy'ari belum bisa memastikan kapan hasil rekapitulasi diumumkan.")).isEmpty();
        assertThat(statements("Ketua KPU Hasyim Asy'ari memastikan hasil rekapitulasi diumumkan pekan depan."))
                .containsExactly("Hasyim Asy'ari|R|memastikan hasil rekapitulasi diumumkan pekan depan");
    }

    @Test
    void notStatements() {
        assertThat(statements("Warga menyebut peristiwa itu \"mengerikan\".")).isEmpty();
        assertThat(statements("Joko Widodo dan Xi Jinping menyoroti pentingnya kerja sama kedua negara.")).isEmpty();
        // a reference back to what was quoted says nothing new
        assertThat(statements("Hakan Fidan menegaskan hal itu kepada wartawan di Ankara.")).isEmpty();
    }

    @Test
    void aQuotedParagraphWithoutAttributionContinuesTheSpeaker() {
        assertThat(statements("\"Kami menolak rencana itu,\" kata Mahmoud Abbas.\n\n\"Rakyat kami sudah cukup menderita.\""))
                .containsExactly("Mahmoud Abbas|D|Kami menolak rencana itu", "Mahmoud Abbas|D|Rakyat kami sudah cukup menderita");
    }

    @Test
    void aPronounIsTheSpeakerNotSomeoneNamedInsideAQuote() {
        assertThat(statements("\"Saya bersahabat dengan Jenderal Anthony Albanese,\" kata Hakan Fidan. "
                + "Ia mengatakan kunjungan berikutnya sudah dijadwalkan bulan depan."))
                .contains("Hakan Fidan|R|kunjungan berikutnya sudah dijadwalkan bulan depan");
    }

    @Test
    void aPlaceAndADayBetweenTheSpeakerAndTheVerb() {
        assertThat(statements("Menlu Hakan Fidan dalam konferensi pers di Ankara, Selasa, mengatakan gencatan senjata harus segera berlaku."))
                .containsExactly("Hakan Fidan|R|gencatan senjata harus segera berlaku");
    }

    @Test
    void aClosingPronounAttributesTheSentence() {
        assertThat(statements("\"Kami menolak rencana itu,\" kata Hakan Fidan. Turki menganggap kota itu bagian dari Palestina, katanya."))
                .contains("Hakan Fidan|R|Turki menganggap kota itu bagian dari Palestina");
    }

    @Test
    void aShortTitleIsTheOfficeHolderNamedBefore() {
        assertThat(statements("Menteri Perindustrian Airlangga Hartarto membuka forum itu. \"Kami siap memperluas kerja sama,\" kata Menperin."))
                .containsExactly("Airlangga Hartarto|D|Kami siap memperluas kerja sama");
    }

    @Test
    void aRelayedSourceIsNoSpeakerAndARoleMayStandBeforeTheSpeaker() {
        assertThat(statements("“Toilet ini menghemat banyak air setiap tahun,” kata salah satu pengelola mal, seperti yang dilansir dari Antara."))
                .isEmpty();
        assertThat(statements("Nyamuk memilih korban dengan kriteria tertentu, ungkap ahli entomologi dari University of Florida, Dr. Jonathan Smith."))
                .containsExactly("Jonathan Smith|R|Nyamuk memilih korban dengan kriteria tertentu");
    }

    @Test
    void aPronounAfterAReportedStatementIsItsSpeakerNotThePersonItWasAbout() {
        assertThat(statements("Komisioner Komnas HAM Natalius Pigai menilai pemikiran Fahri Hamzah justru mundur ke belakang. "
                + "Komnas HAM, menurutnya, merupakan tumpuan para pencari keadilan di negeri ini."))
                .allMatch(st -> st.startsWith("Natalius Pigai|"));
    }

    @Test
    void menurutADescriptionNamingSomeoneElseThenThePersonBetweenCommas() {
        assertThat(statements("Menurut adik Sarah Wulandari, Nia Prameswari, kondisi kakaknya terus membaik."))
                .containsExactly("Nia Prameswari|R|kondisi kakaknya terus membaik");
    }

    @Test
    void menurutWithoutACommaAndAnInvertedPronoun() {
        assertThat(statements("Menurut Fahri Hamzah urusan hak asasi manusia telah diurus oleh kementerian."))
                .containsExactly("Fahri Hamzah|R|urusan hak asasi manusia telah diurus oleh kementerian");
        assertThat(statements("Analis Budi Santoso hadir di bursa. Secara teknikal, lanjut dia, IHSG masih dibayangi tekanan pekan ini."))
                .anyMatch(st -> st.startsWith("Budi Santoso|R|IHSG masih dibayangi tekanan"));
    }

    @Test
    void aSpeakerDescribedBetweenCommas() {
        assertThat(statements("Yodi Priyatna, Vice President Legal Relation Pertamina EP, mengatakan keberhasilan ini adalah hasil kerja keras."))
                .containsExactly("Yodi Priyatna|R|keberhasilan ini adalah hasil kerja keras");
    }

    @Test
    void aDescriptionEndingInADemonstrativeStandsForThePersonNotTheBodyItNames() {
        assertThat(statements("Anggota DPR Budi Santoso hadir dalam diskusi di Menteng. "
                + "Politikus Partai Golkar itu membenarkan, perilaku koruptif harus dibenci."))
                .containsExactly("Budi Santoso|R|perilaku koruptif harus dibenci");
    }

    @Test
    void namesInsideWhatWasSaidBeforeKataDiaAreSpokenAbout() {
        assertThat(statements("Menteri Budi Santoso tiba di Canberra pada Senin. "
                + "Kunjungan ini membalas kunjungan Perdana Menteri Anthony Albanese ke Jakarta tahun lalu, kata dia."))
                .allMatch(st -> st.startsWith("Budi Santoso|"));
    }

    @Test
    void reportingToThePoliceIsAnActNotSpeech() {
        assertThat(statements("Aktivis Budi Santoso melaporkan aksi perusakan itu ke polisi pada Senin. "
                + "Kantor berita Antara melaporkan bahwa sidang akan dilanjutkan pekan depan."))
                .containsExactly("ANTARA|R|melaporkan bahwa sidang akan dilanjutkan pekan depan");
    }

    @Test
    void aLongRoleAfterTheVerbEndsWithItsHolderNamedRightAfterTheBody() {
        assertThat(statements("\"Delapan negara sudah mendaftar,\" kata Ketua Panitia penyelenggara yang juga Kepala Dinas Pariwisata "
                + "Kabupaten Sleman Widarsono, di Sleman, Kamis."))
                .anyMatch(st -> st.startsWith("Widarsono|D|"));
    }

    @Test
    void theOutletPublishingTheArticleIsNeverASpeaker() {
        Extraction x = EXTRACTOR.extract(new Article("t", "test",
                "Jakarta, CNN Indonesia -- Istana menyatakan hingga kini belum menerima surat pengunduran diri menteri itu.",
                new GivenMetadata(null, "CNN Indonesia", "2024-03-08", null)));
        assertThat(x.statements()).noneMatch(st -> st.speaker().name().equals("CNN Indonesia"));
    }

    @Test
    void whoSaysSayaByPronounIsThePersonNotTheCountryNamedLast() {
        assertThat(statements("Penyanyi Daniel Kwon tiba di Seoul. Pria berkebangsaan Kanada itu tampak gembira. "
                + "\"Saya sangat senang bisa bertemu para penggemar di sini,\" ujarnya."))
                .anyMatch(s -> s.startsWith("Daniel Kwon|D|Saya sangat senang"));
    }

    @Test
    void aLongOfficeAfterTheVerbHoldsBodiesBeforeItsHolderWhoSpoke() {
        assertThat(statements("\"Korban dirawat di tiga rumah sakit,\" kata Kepala Bidang Kedokteran dan Kesehatan "
                + "Polda Sulawesi Tengah Komisaris Besar Hendra Wijaya."))
                .anyMatch(s -> s.startsWith("Hendra Wijaya|D|Korban dirawat"));
    }

    @Test
    void aLoneCommaBetweenTheSpeakerAndTheVerb() {
        assertThat(statements("Sementara pelatih Laos Marco Benetti, mengungkapkan timnya belum siap bertanding."))
                .containsExactly("Marco Benetti|R|timnya belum siap bertanding");
        assertThat(statements("Pebalap Hendra Wijaya yang sempat tergelincir di tikungan kedua, mengaku tidak melihat bendera kuning."))
                .containsExactly("Hendra Wijaya|R|mengaku tidak melihat bendera kuning");
    }

    @Test
    void actsThatLookLikeSpeech() {
        assertThat(statements("Pebalap Hendra Wijaya mencatat waktu 1 menit 37 detik. Striker Bayu Aji mengancam gawang lawan pada menit 20."))
                .isEmpty();
        assertThat(statements("Menteri Keuangan Sri Mulyani memastikan bahwa anggaran itu cukup untuk tahun depan."))
                .containsExactly("Sri Mulyani Indrawati|R|memastikan bahwa anggaran itu cukup untuk tahun depan");
    }

    @Test
    void commentsByUnnamedAccountsAreNobodysStatement() {
        // a comment by an account in another language: the language is no speaker, the comment no more of the singer's words
        assertThat(statements("\"Saya senang sekali bisa tampil di Jakarta,\" kata penyanyi Raisa Andriana.\n\n"
                + "\"Semoga cepat kembali ke sini,\" tulis akun @penggemar_raisa dengan berbahasa Inggris."))
                .containsExactly("Raisa Andriana|D|Saya senang sekali bisa tampil di Jakarta");
    }

    @Test
    void aPersonInABracketedAsideOfTheRoleIsNotTheSpeaker() {
        assertThat(statements("\"Kami mendukung pasangan ini sepenuhnya,\" kata Ketua Forum Relawan Amanat (Ahmad Dhani untuk Jawa Timur), "
                + "Budi Santoso di Surabaya."))
                .containsExactly("Budi Santoso|D|Kami mendukung pasangan ini sepenuhnya");
    }

    @Test
    void aPronounOpeningItsSentenceIsTheSubjectBeforeNotTheLastNameBeforeIt() {
        assertThat(statements("Budi Santoso melatih Andi Wijaya sejak kecil. Menurutnya, pemain muda itu punya masa depan cerah."))
                .containsExactly("Budi Santoso|R|pemain muda itu punya masa depan cerah");
        // the outlet a pronoun's words were taken from may come first
        assertThat(statements("Pelatih Budi Santoso tetap mendukung Andi Wijaya. Mengutip harian Kompas, ia berkata kepada "
                + "wartawan bahwa kontrak baru segera diteken."))
                .containsExactly("Budi Santoso|R|kontrak baru segera diteken");
    }

    @Test
    void aDescriptionNamingOnlyARelativeStandsForTheSpeakerFollowed() {
        assertThat(statements("\"Anak-anak harus kembali ke sekolah,\" kata Siti Aminah kepada wartawan. "
                + "\"Kami akan membangun sekolah baru tahun ini,\" imbuh istri Bambang Susilo itu."))
                .containsExactly("Siti Aminah|D|Anak-anak harus kembali ke sekolah", "Siti Aminah|D|Kami akan membangun sekolah baru tahun ini");
    }

    @Test
    void aBodyDescribedInLowerCaseBetweenCommasIsTheSubjectNotAnyoneNamedInTheDescription() {
        assertThat(statements("Persija, klub yang membesarkan nama Budi Santoso di Jakarta, mengklaim pemain itu akan kembali musim depan."))
                .singleElement().asString().startsWith("Persija").endsWith("pemain itu akan kembali musim depan");
        // a circumstance between commas is no description of the subject
        assertThat(statements("Budi Santoso, dalam pertemuan dengan Andi Wijaya, mengatakan timnya sudah siap bertanding."))
                .containsExactly("Budi Santoso|R|timnya sudah siap bertanding");
    }

    @Test
    void theDatelinesPlaceSaysNothing() {
        assertThat(statements("KOREA SELATAN – Usai resmi menyatakan diri berpisah bulan lalu, keempat anggota grup itu sibuk dengan "
                + "kegiatan masing-masing.")).isEmpty();
    }

    @Test
    void aRightQuotationMarkOpeningAParagraphOpensAQuotation() {
        assertThat(statements("Budi Santoso memimpin latihan pagi itu.\n\n”Kami akan terus berlatih keras setiap hari,” ujar Budi."))
                .containsExactly("Budi Santoso|D|Kami akan terus berlatih keras setiap hari");
    }

    @Test
    void aQuotedParagraphAnotherPersonIsNamedAfterDoesNotGoOnWithTheSpeakerBefore() {
        assertThat(statements("\"Timnya bermain bagus sekali malam ini,\" kata Budi Santoso.\n\n"
                + "\"Wasitnya kurang tegas di babak kedua,\" ada juga komentar dari pemilik akun Andi Wijaya."))
                .containsExactly("Budi Santoso|D|Timnya bermain bagus sekali malam ini");
    }

    @Test
    void aQuotePostedOnSocialMedia() {
        assertThat(statements("\"Pertandingan malam ini luar biasa sekali,\" cuit Budi Santoso di Twitter."))
                .containsExactly("Budi Santoso|D|Pertandingan malam ini luar biasa sekali");
    }

    @Test
    void anAttributionSetOffInsideTheSentenceWithAnyDirectCue() {
        assertThat(statements("Kepala Dinas Pertanian Rina Amelia memeriksa hewan kurban. Dengan demikian, terang Rina, "
                + "warga bisa tenang membeli daging kurban tahun ini."))
                .containsExactly("Rina Amelia|R|warga bisa tenang membeli daging kurban tahun ini");
    }

    @Test
    void menurutnyaWithNoCommaOpeningOrInsideTheSentence() {
        assertThat(statements("Pengamat hukum Budi Santoso mengkritik polisi. Keputusan aparat itu menurutnya sengaja dibuat "
                + "untuk memancing reaksi warga."))
                .contains("Budi Santoso|R|Keputusan aparat itu sengaja dibuat untuk memancing reaksi warga");
        assertThat(statements("Ketua panitia Budi Santoso menyambut festival silat itu. Menurutnya ajang ini dapat menjadi "
                + "promosi bagi kota tersebut."))
                .contains("Budi Santoso|R|ajang ini dapat menjadi promosi bagi kota tersebut");
        // in a relative clause "menurutnya" qualifies what another cue reports
        assertThat(statements("Budi Santoso menyinggung soal lift tua yang menurutnya harus terus dijaga."))
                .containsExactly("Budi Santoso|R|menyinggung soal lift tua yang menurutnya harus terus dijaga");
    }

    @Test
    void aSourceClosingTheSentence() {
        assertThat(statements("Persija harus mencari pengganti penyerang lamanya musim depan, menurut Budi Santoso."))
                .containsExactly("Budi Santoso|R|Persija harus mencari pengganti penyerang lamanya musim depan");
    }

    @Test
    void aBodySetOffAfterItsDescriptionSpeaks() {
        assertThat(statements("Harian olahraga Spanyol, Marca, mengklaim nilai pemain itu bisa menembus 90 juta euro."))
                .containsExactly("Marca|R|mengklaim nilai pemain itu bisa menembus 90 juta euro");
    }

    @Test
    void aDescriptionEndingInADemonstrativeAfterMenurutOrAConnective() {
        assertThat(statements("Aktor Budi Santoso hadir di Jakarta. Menurut bintang film laga itu, perannya di film baru "
                + "mengharuskannya belajar bahasa Korea."))
                .containsExactly("Budi Santoso|R|perannya di film baru mengharuskannya belajar bahasa Korea");
        assertThat(statements("Aktor Budi Santoso memuji rekannya. Lebih lanjut, pemeran film Laskar Pelangi (2008) itu juga "
                + "mengatakan bahwa kemampuan rekannya di atas harapan."))
                .contains("Budi Santoso|R|kemampuan rekannya di atas harapan");
    }

    @Test
    void whereAndWhenBetweenTheSpeakerAndTheVerbWithNoClosingComma() {
        assertThat(statements("Duta Besar Rina Amelia, dalam sidang Dewan Keamanan PBB mengatakan sanksi baru itu sudah terlambat."))
                .containsExactly("Rina Amelia|R|sanksi baru itu sudah terlambat");
        assertThat(statements("Presiden Prancis Emmanuel Macron saat singgah di Wina untuk sidang Uni Eropa mengatakan pajak digital "
                + "harus segera disepakati."))
                .containsExactly("Emmanuel Macron|R|pajak digital harus segera disepakati");
    }

    @Test
    void aSourceTellingWhatSomeoneElseSaid() {
        assertThat(statements("Menanggapi protes itu, menurut The Guardian, Budi Santoso berkata kepada radio lokal bahwa ia "
                + "tetap akan tampil di Sydney."))
                .containsExactly("Budi Santoso|R|ia tetap akan tampil di Sydney");
        // a body's view as the source tells it stays the source's
        assertThat(statements("Menurut Budi Santoso, KPK menduga ada pihak lain yang ikut menikmati dana proyek itu."))
                .containsExactly("Budi Santoso|R|KPK menduga ada pihak lain yang ikut menikmati dana proyek itu");
    }

    @Test
    void menurutADescriptionNamingOnlyARelative() {
        assertThat(statements("Aktivis Dewi Lestari menggugat lembaga itu ke pengadilan. Menurut ibunda aktris Rina Amelia "
                + "tersebut, gugatan itu diajukan demi kepastian hukum."))
                .contains("Dewi Lestari|R|gugatan itu diajukan demi kepastian hukum");
    }

    @Test
    void anAttributionsNyaSetOffInsideTheSentence() {
        assertThat(statements("Anggota DPR Budi Santoso menilai aturan itu penting. Tahapan uji publik, ujarnya, disusun supaya "
                + "kebijakan baru tidak ditolak warga."))
                .contains("Budi Santoso|R|Tahapan uji publik disusun supaya kebijakan baru tidak ditolak warga");
    }

    @Test
    void moreReportingVerbsAndDirinyaAsTheSubject() {
        assertThat(statements("Jaksa Budi Santoso hadir di sidang. Ia beralasan bahwa saksi itu tidak bisa hadir karena sakit."))
                .containsExactly("Budi Santoso|R|saksi itu tidak bisa hadir karena sakit");
        assertThat(statements("Menteri Budi Santoso hadir di acara itu. Dirinya pun mengklaim sudah punya cara untuk "
                + "mengatasi banjir tahunan."))
                .containsExactly("Budi Santoso|R|sudah punya cara untuk mengatasi banjir tahunan");
        // continuing studies is no speech
        assertThat(statements("Pelajar Budi Santoso melanjutkan studinya di Inggris tahun ini.")).isEmpty();
    }

    @Test
    void aPronounAfterAFrontedAnswerAndADescribedSubject() {
        assertThat(statements("Menanggapi itu, anggota tim pengacara terdakwa, Budi Santoso meminta kepada hakim Rina Amelia "
                + "agar sidang dipercepat. Dia beralasan, kliennya sudah terlalu lama menunggu putusan."))
                .contains("Budi Santoso|R|kliennya sudah terlalu lama menunggu putusan");
    }

    @Test
    void aScareQuoteLeavesReportedSpeechItsOwn() {
        assertThat(statements("\"Isu ini menarik bagi para penantang Gubernur Rina Marlinda,\" kata peneliti Bagas Wicaksono.\n\n"
                + "Menurut dia, isu itu bisa dipakai lawan politik Rina karena sejauh ini Rina sulit \"diserang\" dari sisi layanan.\n\n"
                + "Karena itu, dia menilai, penolakan terhadap proyek itu merupakan hal yang wajar."))
                .containsExactly("Bagas Wicaksono|D|Isu ini menarik bagi para penantang Gubernur Rina Marlinda",
                        "Bagas Wicaksono|R|isu itu bisa dipakai lawan politik Rina karena sejauh ini Rina sulit \"diserang\" dari sisi layanan",
                        "Bagas Wicaksono|R|penolakan terhadap proyek itu merupakan hal yang wajar");
    }

    @Test
    void aSpeakerSetOffWithWhereTheyWork() {
        assertThat(statements("Psikolog Rina Marlinda, dari RS Sehat Sentosa, Tangerang mengatakan memang ada yang mengira kopi "
                + "bisa menghilangkan kantuk.\n\n\"Ketika orang minum kopi untuk mengatasi kantuk, itu hanya sesaat,\" ujarnya."))
                .containsExactly("Rina Marlinda|R|memang ada yang mengira kopi bisa menghilangkan kantuk",
                        "Rina Marlinda|D|Ketika orang minum kopi untuk mengatasi kantuk, itu hanya sesaat");
    }

    @Test
    void aPersonSpeakingInTheRoleTheyHold() {
        assertThat(statements("Bagas Wicaksono selaku Ketua Umum PSSI mengatakan bahwa liga akan dimulai bulan depan."))
                .containsExactly("Bagas Wicaksono|R|liga akan dimulai bulan depan");
    }

    @Test
    void demikianDikatakanClosesWhatWasSaid() {
        assertThat(statements("Jakarta - Mobil baru itu rupanya telah melampaui target penjualan yang ditetapkan demikian dikatakan "
                + "Rina Marlinda, Wakil Presiden Direktur PT Sinar Jaya."))
                .containsExactly("Rina Marlinda|R|Mobil baru itu rupanya telah melampaui target penjualan yang ditetapkan");
    }

    @Test
    void aPhraseQuotedInsideAReportedClause() {
        assertThat(statements("Sebagai kepala sekolah, Hendra Kusuma bisa \"disalahkan karena tidak melihat\" kekerasan yang "
                + "terjadi, kata Bagas Wicaksono."))
                .containsExactly("Bagas Wicaksono|R|Sebagai kepala sekolah, Hendra Kusuma bisa \"disalahkan karena tidak melihat\" "
                        + "kekerasan yang terjadi");
    }

    @Test
    void whatANegatedVerbOfTellingDidNotSayIsNoStatementButItsSpeakerIsFollowed() {
        assertThat(statements("Kuasa hukum Rina Marlinda, Bagas Wicaksono, belum menyebutkan berapa uang yang diberikan kliennya.\n\n"
                + "\"Biaya pengobatan juga kami tanggung,\" katanya."))
                .containsExactly("Bagas Wicaksono|D|Biaya pengobatan juga kami tanggung");
        // a view negated is still a view
        assertThat(statements("Pelatih Bagas Wicaksono tidak menganggap laga itu sebagai laga yang mudah bagi timnya."))
                .containsExactly("Bagas Wicaksono|R|tidak menganggap laga itu sebagai laga yang mudah bagi timnya");
    }

    @Test
    void aRulingAndAConcededMatchAreActs() {
        assertThat(statements("Mahkamah Konstitusi menolak permohonan sengketa pemilihan kepala daerah itu.")).isEmpty();
        assertThat(statements("Di kandang sendiri, tim tamu harus mengakui keunggulan Arema FC yang menang tiga gol.")).isEmpty();
    }
}
