package dev.kabar.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kabar.article.Article;
import dev.kabar.article.GivenMetadata;
import dev.kabar.kb.KnowledgeBase;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Contact patterns of Indonesian news, on sentences written for the test. */
class ContactExtractorTest {
    private static final Extractor EXTRACTOR = new Extractor(KnowledgeBase.bundled(), "id");

    private static List<String> contacts(String text) {
        Extraction x = EXTRACTOR.extract(new Article("t", "test", text,
                new GivenMetadata(null, null, "2024-03-08", null)));
        return x.contacts().stream().map(c -> c.kind().label() + ":" + c.a().name() + "|" + c.b().name()
                + (c.initiator() != null ? ">" + c.initiator().name() : "") + (c.date() != null ? "@" + c.date() : ""))
                .toList();
    }

    @Test
    void phoneCallWithAListOfPartnersAndItsDateInTheNextSentence() {
        assertThat(contacts("Menlu Retno Marsudi berbicara melalui telepon dengan Hamas, Fatah dan PLO. "
                + "Percakapan berlangsung pada Selasa (5/3)."))
                .containsExactlyInAnyOrder("call:Retno Marsudi|Hamas@2024-03-05", "call:Retno Marsudi|Fatah@2024-03-05",
                        "call:Retno Marsudi|Palestine Liberation Organization@2024-03-05");
    }

    @Test
    void hostsVisitsAndMeetingsBetween() {
        assertThat(contacts("Presiden Joko Widodo menerima kunjungan Perdana Menteri Anthony Albanese di Istana Bogor."))
                .containsExactly("visit:Anthony Albanese|Joko Widodo>Anthony Albanese");
        assertThat(contacts("Pertemuan antara Joko Widodo dan Xi Jinping berlangsung hangat."))
                .containsExactly("meeting:Joko Widodo|Xi Jinping");
        assertThat(contacts("Kunjungan Presiden Prabowo Subianto ke Rusia dijadwalkan bulan depan."))
                .containsExactly("visit:Prabowo Subianto|Russia>Prabowo Subianto");
    }

    @Test
    void invitationsActiveAndPassive() {
        assertThat(contacts("Antonio Guterres mengundang Iran ke Jenewa. Arab Saudi juga telah dikirimi undangan."))
                .containsExactly("invitation:António Guterres|Iran>António Guterres",
                        "invitation:António Guterres|Saudi Arabia>António Guterres");
        // answering an invitation: the one named after "undangan (dari)" invited the subject
        assertThat(contacts("Menteri Pertahanan Sjafrie Sjamsoeddin dijadwalkan ke Tokyo demi memenuhi undangan dari "
                + "Menteri Pertahanan Jepang Gen Nakatani."))
                .containsExactly("invitation:Gen Nakatani|Sjafrie Sjamsoeddin>Gen Nakatani");
        assertThat(contacts("Sjafrie Sjamsoeddin datang atas undangan Menteri Pertahanan Jepang Gen Nakatani."))
                .containsExactly("invitation:Gen Nakatani|Sjafrie Sjamsoeddin>Gen Nakatani");
        // the second half of "perundang-undangan" is no invitation
        assertThat(contacts("Wakil Ketua Komisi Hukum dan Perundang - undangan MUI Ikhsan Abdullah menyatakan hal itu.")).isEmpty();
    }

    @Test
    void jointSubjectsJoinedByBersamaAndTalksWhoseObjectIsTheTopic() {
        assertThat(contacts("Pemerintah Vietnam bersama Microsoft membahas aturan baru soal data pribadi."))
                .containsExactly("talks:Vietnam|Microsoft");
        // a kingdom's government speaks for the country as much as "pemerintah" does
        assertThat(contacts("Pemerintahan Kamboja bersama Microsoft membahas aturan baru soal data pribadi."))
                .containsExactly("talks:Cambodia|Microsoft");
        assertThat(contacts("Menlu Sugiono dan Menlu Penny Wong juga membahas kerja sama maritim."))
                .containsExactly("talks:Sugiono|Penny Wong");
        // inside a relative clause the actors are places the subject went to, not who talked
        assertThat(contacts("Kunjungan Menteri Luar Negeri AS Marco Rubio ke Korea Selatan, China, dan Jepang yang turut "
                + "membahas isu nuklir berlangsung pekan lalu.")).noneMatch(c -> c.startsWith("talks:China"));
    }

    @Test
    void whoSaidItMetThemWhenTheSentenceNamesNoAgentAndMealsAreMeetings() {
        assertThat(contacts("Ketua MPR Ahmad Muzani menyatakan dukungannya. Hal itu disampaikan usai bertemu dengan "
                + "Ketua PBNU Yahya Cholil Staquf."))
                .containsExactly("meeting:Ahmad Muzani|Yahya Cholil Staquf");
        assertThat(contacts("Presiden Prabowo Subianto santap malam bersama Perdana Menteri Anwar Ibrahim di Putrajaya."))
                .containsExactly("meeting:Prabowo Subianto|Anwar Ibrahim");
    }

    @Test
    void whoWentSomewhereMetWhomTheNextVerbNames() {
        assertThat(contacts("Duta Besar Jepang Masaki Yasushi mendatangi Kementerian Pertahanan menemui Menhan Sjafrie Sjamsoeddin."))
                .contains("meeting:Masaki Yasushi|Sjafrie Sjamsoeddin>Masaki Yasushi")
                .noneMatch(c -> c.contains("Ministry of Defence|Sjafrie"));
    }

    @Test
    void anArrivalWelcomedAndAPurposeSharingItsSubject() {
        assertThat(contacts("Pendukungnya, Budi Santoso, berjalan kaki dari Kediri. Kedatangannya disambut oleh Anies Baswedan."))
                .containsExactly("meeting:Anies Baswedan|Budi Santoso>Anies Baswedan");
        assertThat(contacts("Kepala Staf TNI AD Maruli Simanjuntak bersama istrinya dijadwalkan terbang ke Tokyo demi memenuhi "
                + "undangan dari Kepala Staf Angkatan Darat Jepang Yoshihide Yoshida."))
                .containsExactly("invitation:Yoshihide Yoshida|Maruli Simanjuntak>Yoshihide Yoshida");
    }

    @Test
    void aPronounWithAVerbOfWillBeforeTheCueIsItsSubject() {
        assertThat(contacts("Direktur Penuntutan KPK Wawan Setiadi hadir. Karena dia memutuskan menerima undangan "
                + "Panitia Khusus (Pansus) Angket KPK."))
                .containsExactly("invitation:Panitia Khusus Angket KPK|Wawan Setiadi>Panitia Khusus Angket KPK");
    }

    @Test
    void kitaInAQuoteIsItsSpeakersSide() {
        assertThat(contacts("\"Kita sudah bertemu dengan pengurus PKB untuk berkoordinasi,\" kata Budi Santoso."))
                .containsExactly("meeting:Budi Santoso|National Awakening Party");
    }

    @Test
    void anEnvoyPresentingCredentialsUnderHisLongTitle() {
        assertThat(contacts("Duta Besar Luar Biasa dan Berkuasa Penuh Nepal untuk Indonesia, Ram Kumar Thapa, menyerahkan "
                + "surat kepercayaan kepada Presiden Prabowo Subianto."))
                .containsExactly("meeting:Ram Kumar Thapa|Prabowo Subianto>Ram Kumar Thapa");
    }

    @Test
    void aNameNestedInAnotherIsNoSecondActor() {
        // a typo glued a word to "Israel-Hamas", so "Hamas" lies inside the discovered name; this once threw
        assertThat(contacts("Presiden Mesir Abdel Fattah el-Sisi mengundang Hamas ke Kairo, dan kabar undangan itu "
                + "dimuat ARIsrael-Hamas serta media lain di Timur Tengah. Menteri Luar Negeri Mesir Sameh Shoukry "
                + "menyebut perundingan dijadwalkan pekan depan."))
                .containsExactly("invitation:Abdel Fattah el-Sisi|Hamas>Abdel Fattah el-Sisi");
    }

    @Test
    void anAsideInsideTheCueAndARelativeClauseInsideAList() {
        assertThat(contacts("Retno Marsudi berbincang (via telepon) dengan Sameh Shoukry tentang Gaza."))
                .containsExactly("call:Retno Marsudi|Sameh Shoukry");
        assertThat(contacts("Retno Marsudi mengundang sejumlah mitranya, seperti Sameh Shoukry yang baru tiba di Jakarta, "
                + "Ayman Safadi, dan Hakan Fidan.")).hasSize(3);
    }

    @Test
    void aPronounSubjectIsThePersonNamedJustBefore() {
        assertThat(contacts("Menlu Retno Marsudi tiba di Kairo pada pagi hari. Ia kemudian bertemu dengan Mahmoud Abbas."))
                .containsExactly("meeting:Retno Marsudi|Mahmoud Abbas");
    }

    @Test
    void aPronounOpeningASentenceContinuesThePreviousSentencesSubject() {
        // not the last person named: the one the previous sentence was about
        assertThat(contacts("Agen Mino Raiola telah menemui petinggi klub, termasuk Direktur Olahraga Paolo Maldini. Setelah itu, "
                + "ia bertemu dengan Presiden Klub Gerry Cardinale."))
                .contains("meeting:Mino Raiola|Gerry Cardinale")
                .noneMatch(c -> c.contains("Paolo Maldini|Gerry Cardinale"));
        // a pronoun opening the main clause, the cue in a clause after it
        assertThat(contacts("Menlu Sugiono tiba di Ankara pada Senin. Ia akhirnya menjelaskan sikap Indonesia dalam perbincangan "
                + "dengan Menlu Turki Hakan Fidan."))
                .containsExactly("talks:Sugiono|Hakan Fidan@2024-03-04"); // the day the lead gives
    }

    @Test
    void aVisitWithQualifiersBeforeItsDestinationAndWhoseItIs() {
        assertThat(contacts("Presiden Prabowo Subianto melakukan kunjungan kenegaraan ke Brasil pada Selasa (5/3)."))
                .containsExactly("visit:Prabowo Subianto|Brazil>Prabowo Subianto@2024-03-05");
        // "-nya" in "lawatan resminya" is the sentence subject's, not the body met just before
        assertThat(contacts("Perdana Menteri Anwar Ibrahim menemui pimpinan DPR dalam lawatan resminya ke Indonesia."))
                .contains("meeting:Anwar Ibrahim|House of Representatives of Indonesia>Anwar Ibrahim")
                .anyMatch(c -> c.startsWith("visit:Anwar Ibrahim|Indonesia"))
                .noneMatch(c -> c.startsWith("visit:") && c.contains("House"));
    }

    @Test
    void aSecondVerbAfterTermasukSharesTheFirstVerbsSubject() {
        // the club met is not the one meeting its own director
        assertThat(contacts("Agen Mino Raiola telah menemui petinggi Juventus termasuk bertemu dengan direktur olahraga Juve, "
                + "Cristiano Giuntoli."))
                .contains("meeting:Mino Raiola|Cristiano Giuntoli>Mino Raiola")
                .noneMatch(c -> c.startsWith("meeting:Juventus|"));
    }

    @Test
    void whoTellsOfAMeetingIsNoSideOfIt() {
        assertThat(contacts("Menurut pernyataan Bank Dunia, dalam pertemuan dengan dewan direksi, Ajay Banga menyatakan hal itu."))
                .noneMatch(c -> c.contains("World Bank"));
    }

    @Test
    void aSpeakerTellingOfTheirSidesPlanAndAnOccupationBeforeTheOtherSidesBody() {
        assertThat(contacts("Direktur tim Mercedes, James Vowles, mengatakan pihaknya berencana mengundang pebalap veteran MotoGP "
                + "Marc Marquez untuk menjalani tes."))
                .containsExactly("invitation:James Vowles|Marc Márquez>James Vowles");
    }

    @Test
    void aBodyDescribingTwoPeopleMetIsNoSideOfTheirMeeting() {
        assertThat(contacts("Dua bintang veteran Liga Primer Inggris, Wayne Rooney dan Steven Gerrard akhirnya dipertemukan kembali."))
                .containsExactly("meeting:Wayne Rooney|Steven Gerrard");
    }

    @Test
    void notContacts() {
        assertThat(contacts("Joko Widodo belum ada pembicaraan dengan Xi Jinping soal itu.")).isEmpty();
        assertThat(contacts("Pertemuan Joko Widodo dengan Xi Jinping dibatalkan karena cuaca.")).isEmpty();
        assertThat(contacts("Rusia mengkritik Israel dan menyerukan gencatan senjata.")).isEmpty();
        // a fixture against an arch-rival
        assertThat(contacts("Partai berat akan dijalani Arsenal karena bertemu dengan musuh bebuyutannya, Tottenham Hotspur.")).isEmpty();
        assertThat(contacts("Di babak final, Tontowi Ahmad akan bertemu Zheng Siwei.")).isEmpty();
        assertThat(contacts("Partai Golkar akan membahas pencalonan Joko Widodo pekan depan.")).isEmpty();
        assertThat(contacts("Retno Marsudi mengatakan, pertemuan itu penting bagi Indonesia.")).isEmpty();
        assertThat(contacts("Komisi I DPR perlu mengundang Tentara Nasional Indonesia untuk menjelaskan.")).isEmpty();
        assertThat(contacts("\"Semua tergantung hasil perundingan,\" kata Retno Marsudi, Menlu Indonesia.")).isEmpty();
    }

    @Test
    void aConversationAfterACallIsPartOfTheCall() {
        assertThat(contacts("Menlu Retno Marsudi berbicara melalui telepon dengan Hamas pada Senin (4/3). "
                + "Retno Marsudi juga berbicara dengan Fatah."))
                .contains("call:Retno Marsudi|Fatah@2024-03-04");
        assertThat(contacts("Retno Marsudi berbicara dengan Fatah di Jakarta.")).containsExactly("talks:Retno Marsudi|Fatah");
    }

    @Test
    void theSubjectOfATimeClauseIsTheMainClauseSubject() {
        assertThat(contacts("Saat bertemu Menlu Mesir, Sameh Shoukry, Retno Marsudi membahas bantuan kemanusiaan."))
                .containsExactly("meeting:Retno Marsudi|Sameh Shoukry");
        assertThat(contacts("Komisi Pemilihan Umum sudah melaporkan kesiapan logistik tahun ini kala bertemu "
                + "Wakil Presiden Ma'ruf Amin, Kamis (7/3).")).singleElement().asString()
                .startsWith("meeting:General Elections Commission|Ma'ruf Amin");
    }

    @Test
    void aSubjectWithARelativeClauseOrAnAdmission() {
        assertThat(contacts("Anies Baswedan yang datang bersama Presiden Joko Widodo, mengaku sempat bertemu Ganjar Pranowo."))
                .containsExactly("meeting:Anies Baswedan|Ganjar Pranowo");
        assertThat(contacts("Menlu Hakan Fidan mengaku bernegosiasi dengan Rusia dan Ukraina."))
                .containsExactlyInAnyOrder("talks:Hakan Fidan|Russia", "talks:Hakan Fidan|Ukraine");
        // the quotation's speaker, named after it closes, is not one of the partners inside it
        assertThat(contacts("\"Kami sudah siap sebelum Presiden Prabowo Subianto bertemu dengan Perdana Menteri Anthony "
                + "Albanese,\" ujar Sugiono.")).containsExactly("meeting:Prabowo Subianto|Anthony Albanese");
        // a cue inside the relative clause that pairs no one leaves the subject before it to the main verb
        assertThat(contacts("Menteri Perdagangan Budi Santoso, yang melakukan lawatan ke tiga negara Eropa, menandatangani "
                + "nota kesepahaman itu bersama Menteri Ekonomi Jerman Robert Habeck di Berlin."))
                .containsExactly("meeting:Budi Santoso|Robert Habeck>Budi Santoso");
    }

    @Test
    void anObjectPronounIsThePersonNamedBeforeTheSubject() {
        assertThat(contacts("Pelatih Herry Iman Pierngadi bercerita, semuanya berawal dari Kevin Sanjaya yang meneleponnya."))
                .containsExactly("call:Kevin Sanjaya Sukamuljo|Herry Iman Pierngadi>Kevin Sanjaya Sukamuljo");
    }

    @Test
    void thePressReachingASourceIsNoContact() {
        assertThat(contacts("\"Kami masih menunggu hasilnya,\" kata Retno Marsudi saat dihubungi Reuters, Jumat (8/3).")).isEmpty();
    }

    @Test
    void habitsAndUnnamedPartnersAreNoContacts() {
        assertThat(contacts("Joko Widodo dan Anthony Albanese masih rutin berkomunikasi.")).isEmpty();
        assertThat(contacts("Sameh Shoukry, Ayman Safadi dan Hakan Fidan akan berkomunikasi langsung dengan para wartawan."))
                .isEmpty();
        assertThat(contacts("Tim tamu pulang dengan kekalahan usai melawat ke markas Persib Bandung.")).isEmpty();
        assertThat(contacts("Ganjar Pranowo mengunjungi Klenteng Sam Poo Kong di Jalan Kemenangan, Semarang."))
                .containsExactly("visit:Ganjar Pranowo|Klenteng Sam Poo Kong>Ganjar Pranowo");
    }

    @Test
    void theNamedExamplesOfAGroupArePartners() {
        assertThat(contacts("Retno Marsudi menggelar pertemuan dengan para pemimpin seperti Sekjen PBB Antonio Guterres "
                + "dan Menlu Mesir Sameh Shoukry."))
                .containsExactlyInAnyOrder("meeting:Retno Marsudi|António Guterres>Retno Marsudi",
                        "meeting:Retno Marsudi|Sameh Shoukry>Retno Marsudi");
    }

    @Test
    void aPassiveRelativeOnAGroupWhoseMembersAreNamedBeforeOrAfter() {
        assertThat(contacts("Sejumlah tokoh yang telah ditemui Anies Baswedan antara lain Ketua Umum Partai Golkar (Golkar) "
                + "Airlangga Hartarto dan Ketua Umum Partai Gerindra Prabowo Subianto."))
                .containsExactlyInAnyOrder("meeting:Anies Baswedan|Airlangga Hartarto", "meeting:Anies Baswedan|Prabowo Subianto");
        assertThat(contacts("Andi Pratama, Rina Susanti dan Dedi Kurniawan yang masih dirawat adalah beberapa pasien yang "
                + "dijenguk Ganjar Pranowo.")).hasSize(3).allMatch(c -> c.startsWith("visit:Ganjar Pranowo|"));
        // the places a relative clause tells of are still no one visited
        assertThat(contacts("Polisi berjaga di tiga lokasi yang dikunjungi Raja Salman.")).isEmpty();
    }

    @Test
    void whoComesAlongOnAVisitIsNotVisited() {
        assertThat(contacts("Rizky Febian sempat datang menjenguk Ahmad Dhani bersama Nagita Slavina."))
                .containsExactly("visit:Rizky Febian|Ahmad Dhani>Rizky Febian");
    }

    @Test
    void askingSomeoneToTalkIsTalksAndThanksForAnInvitationTellOfOne() {
        assertThat(contacts("Ketua Umum Persib Glenn Sugita akan mengajak bicara Esteban Vizcarra soal kontraknya."))
                .containsExactly("talks:Glenn Sugita|Esteban Vizcarra>Glenn Sugita");
        assertThat(contacts("Anies Baswedan menyampaikan terima kasih atas undangan Yenny Wahid."))
                .containsExactly("invitation:Yenny Wahid|Anies Baswedan>Yenny Wahid");
    }

    @Test
    void aPronounSkipsSentencesThatNameNoPersonBackToTheLastSubject() {
        assertThat(contacts("Retno Marsudi yang diterima Presiden Joko Widodo di Istana mengatakan kerja sama berjalan baik. "
                + "\"Kami sudah lama berdiskusi,\" katanya. Oleh karena itu, ia menilai program perlu dilanjutkan. "
                + "Ia juga telah berdiskusi dengan Presiden Jokowi soal anggaran."))
                .contains("talks:Retno Marsudi|Joko Widodo");
    }

    @Test
    void aMeetingAtSomeonesOfficeAndExamplesAfterBaikItu() {
        assertThat(contacts("Dalam pertemuan di kantor Airlangga Hartarto, Budi Santoso mengaku hanya memperkenalkan diri."))
                .containsExactly("meeting:Budi Santoso|Airlangga Hartarto");
        assertThat(contacts("Zulkifli Hasan akan bertemu dengan ketua partai, baik itu Presiden PKS maupun Ketua Umum Partai Gerindra."))
                .hasSize(2).allMatch(c -> c.startsWith("meeting:Zulkifli Hasan|"));
    }

    @Test
    void anEarlierCueWithNoOneAfterItHasNoPurposeInTheSentence() {
        assertThat(contacts("Pertemuan itu dirancang ketika Meghan Markle berada di London untuk bertemu dengan Serena Williams."))
                .containsExactly("meeting:Meghan Markle|Serena Williams");
    }

    @Test
    void citizensAreNoStateAndNoOneMeetsTheCountryTheyServe() {
        assertThat(contacts("KJRI di Dubai meminta semua Warga Negara Indonesia yang hendak mengadakan kunjungan "
                + "ke Suriah agar menunda perjalanannya.")).isEmpty();
        assertThat(contacts("Perdana Menteri Jepang Fumio Kishida tiba di Jakarta. Kishida lalu makan malam dengan delegasi Jepang "
                + "dan Presiden Joko Widodo.")).containsExactly("meeting:Fumio Kishida|Joko Widodo");
    }

    @Test
    void aPerformersTripToACountryIsATourNotAVisit() {
        // the knowledge base knows Ed Sheeran as a singer; the article may say so itself
        assertThat(contacts("Ed Sheeran masih melakukan tur. Dalam waktu dekat ia akan menyambangi Meksiko.")).isEmpty();
        assertThat(contacts("Aktor Rendra Wibisono secara reguler mengunjungi Rusia.")).isEmpty();
        assertThat(contacts("Presiden Joko Widodo akan mengunjungi Meksiko.")).containsExactly("visit:Joko Widodo|Mexico>Joko Widodo");
    }

    @Test
    void spokenSamaForDenganAndTheQuotationsSpeakerRightAfterIt() {
        assertThat(contacts("\"Saya sempat bicara sama Pak Anies Baswedan soal itu,\" kata Ganjar Pranowo."))
                .containsExactly("talks:Ganjar Pranowo|Anies Baswedan");
        // "saya" right after the cue is the partner, not a body named further on in brackets
        assertThat(contacts("\"Evan Dimas itu diskusi sama saya sudah lama, pekan 30 (Liga 1) sudah bicara sama saya,\" "
                + "kata Sumardji.")).containsExactly("talks:Evan Dimas|Sumardji");
    }

    @Test
    void aReportingAsideIsNoSubjectAndATourVisitsEveryCountryListed() {
        assertThat(contacts("Retno Marsudi, diberitakan AFP, dijadwalkan bertemu dengan Antonio Guterres."))
                .containsExactly("meeting:Retno Marsudi|António Guterres");
        assertThat(contacts("Kunjungan Menteri Luar Negeri AS Antony Blinken ke Korsel, China, dan Jepang berlangsung pekan lalu."))
                .hasSize(3).allMatch(c -> c.startsWith("visit:Antony Blinken|"));
        // the list of places visited ends where the clause goes on
        assertThat(contacts("Kunjungan Perdana Menteri Narendra Modi ke Jepang pun dikecam oleh China."))
                .containsExactly("visit:Narendra Modi|Japan>Narendra Modi");
    }

    @Test
    void aBareTitleIsTheOfficeHolderNamedBefore() {
        assertThat(contacts("Presiden Joko Widodo tiba di Bogor. Presiden kemudian bertemu Anthony Albanese."))
                .containsExactly("meeting:Joko Widodo|Anthony Albanese");
        assertThat(contacts("Presiden Joko Widodo tiba. Para Menteri kemudian bertemu Anthony Albanese.")).isEmpty();
    }

    @Test
    void anOfficeHolderNamedOnlyByCountryStandsForTheCountry() {
        assertThat(contacts("Dalam perjalanan ke Kairo, Retno Marsudi dihubungi Menlu Belanda."))
                .containsExactly("talks:Netherlands|Retno Marsudi>Netherlands");
        assertThat(contacts("Retno Marsudi bertemu Menlu Mesir Sameh Shoukry.")).containsExactly("meeting:Retno Marsudi|Sameh Shoukry");
    }

    @Test
    void possessiveAndAgentPronouns() {
        assertThat(contacts("Ketua DPD Oesman Sapta Odang mengatakan, pertemuannya dengan Anthony Albanese berlangsung akrab."))
                .containsExactly("meeting:Oesman Sapta Odang|Anthony Albanese");
        assertThat(contacts("Retno Marsudi juga menjalin komunikasi dengan mitranya. Negara yang sudah dihubunginya yakni "
                + "Malaysia, Laos dan Vietnam.")).hasSize(3).allMatch(c -> c.contains("Retno Marsudi|"));
    }

    @Test
    void receivingAPersonIsAMeetingReceivingAThingIsNot() {
        assertThat(contacts("Wakil Presiden Ma'ruf Amin menerima Anthony Albanese di Istana."))
                .containsExactly("meeting:Anthony Albanese|Ma'ruf Amin>Anthony Albanese");
        assertThat(contacts("Ma'ruf Amin menerima laporan dari Komisi Pemilihan Umum.")).isEmpty();
    }

    @Test
    void theDatelineIsNoSubject() {
        assertThat(contacts("Jakarta (ANTARA News) - Kunjungan Raja Salman ke Indonesia berlangsung sembilan hari."))
                .singleElement().asString().startsWith("visit:Salman");
    }

    @Test
    void aPurposeClauseIsAPlannedContactOfTheMainSubject() {
        assertThat(contacts("Menlu Hakan Fidan bersama Menhan Yasar Guler akan terbang ke Kairo pekan ini untuk melakukan "
                + "pertemuan dengan Sameh Shoukry.")).containsExactlyInAnyOrder("meeting:Hakan Fidan|Sameh Shoukry>Hakan Fidan",
                "meeting:Yasar Guler|Sameh Shoukry>Yasar Guler");
        assertThat(contacts("Status kota itu harus diputuskan lewat perundingan antara Israel dan Palestina.")).isEmpty();
        // a visit's purpose is met on the visit; an invitation's purpose is no contact of its own
        assertThat(contacts("CEO Nvidia Jensen Huang mengunjungi Jakarta untuk bertemu Prabowo Subianto."))
                .containsExactly("meeting:Jensen Huang|Prabowo Subianto");
        // the visitor meets, not the body visited
        assertThat(contacts("Menteri Pertahanan Jepang Gen Nakatani menyambangi Mabes TNI, Cilangkap, Jakarta, untuk menemui "
                + "Panglima TNI Agus Subiyanto.")).contains("meeting:Gen Nakatani|Agus Subiyanto>Gen Nakatani")
                .noneMatch(c -> c.contains("Indonesian National Armed Forces|Agus Subiyanto"));
        assertThat(contacts("Perdana Menteri Jepang Shigeru Ishiba mengundang Prabowo Subianto ke Tokyo untuk melakukan pembicaraan."))
                .containsExactly("invitation:Shigeru Ishiba|Prabowo Subianto>Shigeru Ishiba");
    }

    @Test
    void audiencesAndSessions() {
        assertThat(contacts("Para perwira dari TNI dan Polri siang ini dipanggil menghadap Presiden Joko Widodo di Istana Bogor."))
                .containsExactlyInAnyOrder("meeting:Indonesian National Armed Forces|Joko Widodo>Indonesian National Armed Forces",
                        "meeting:Indonesian National Police|Joko Widodo>Indonesian National Police");
        assertThat(contacts("Saat ditanya usai menghadiri rapat di DPR, Retno Marsudi mengaku optimistis."))
                .singleElement().asString().startsWith("meeting:Retno Marsudi|House of Representatives");
        assertThat(contacts("Anies Baswedan menghadiri Rapat Kerja Nasional Asosiasi Pemerintah Provinsi Seluruh Indonesia.")).isEmpty();
    }

    @Test
    void aSpeakerFacingSomeoneAfterAMeeting() {
        assertThat(contacts("Retno Marsudi menyambut tamunya. \"Kerja sama ini penting,\" ujar Retno Marsudi di hadapan "
                + "Menlu Mesir Sameh Shoukry usai melakukan pertemuan bilateral di Jakarta, Jumat (8/3)."))
                .containsExactly("meeting:Retno Marsudi|Sameh Shoukry>Retno Marsudi@2024-03-08");
    }

    @Test
    void toldByPhoneAndVisitsInACountry() {
        assertThat(contacts("\"Kami menolak resolusi itu,\" kata Sameh Shoukry kepada Antonio Guterres melalui telepon."))
                .containsExactly("call:Sameh Shoukry|António Guterres>Sameh Shoukry");
        assertThat(contacts("Theresa May, yang sedang melakukan lawatan di Jordania, mengulang pandangannya bahwa presiden AS itu salah."))
                .containsExactly("visit:Theresa May|Jordan");
    }

    @Test
    void namedMembersOfADescribedGroupAndBesides() {
        assertThat(contacts("Ganjar Pranowo bertemu politikus PDIP seperti Ketua Fraksi Utut Adianto dan Sekretaris Hasto Kristiyanto."))
                .containsExactlyInAnyOrder("meeting:Ganjar Pranowo|Utut Adianto", "meeting:Ganjar Pranowo|Hasto Kristiyanto");
        assertThat(contacts("Selain politikus senior Amien Rais, beberapa politikus juga dilaporkan bertemu Rizieq Shihab di Mekkah."))
                .containsExactly("meeting:Amien Rais|Rizieq Shihab");
    }

    @Test
    void theFirstPersonInAQuotationIsItsSpeaker() {
        assertThat(contacts("\"Pekan lalu Menlu Mesir Sameh Shoukry menelepon saya soal bantuan itu,\" kata Retno Marsudi."))
                .containsExactly("call:Sameh Shoukry|Retno Marsudi>Sameh Shoukry");
        assertThat(contacts("\"Nanti saya akan bertemu dengan Anthony Albanese,\" ujar Joko Widodo."))
                .containsExactly("meeting:Joko Widodo|Anthony Albanese");
    }

    @Test
    void attendingTheMeetingJustReported() {
        assertThat(contacts("Presiden Joko Widodo bertemu Anthony Albanese di Istana Bogor. \"Pertemuan berjalan baik,\" kata "
                + "Retno Marsudi usai mengikuti pertemuan di Bogor."))
                .contains("meeting:Retno Marsudi|Joko Widodo", "meeting:Retno Marsudi|Anthony Albanese");
    }

    @Test
    void datesWithoutYearAndPlannedContacts() {
        Extraction x = EXTRACTOR.extract(new Article("t", "test",
                "Joko Widodo akan bertemu dengan Anthony Albanese pada Senin (11/3).", new GivenMetadata(null, null, "2024-03-08", null)));
        assertThat(x.contacts()).singleElement().satisfies(c -> {
            assertThat(c.planned()).isTrue();
            assertThat(c.date()).isEqualTo(LocalDate.of(2024, 3, 11));
        });
    }

    @Test
    void aReflexiveSubjectInsideReportedSpeechIsTheSpeaker() {
        assertThat(contacts("Ketua Umum PAN Budi Santoso tak menyangkal, dirinya bertemu dengan Presiden Joko Widodo di Bogor."))
                .containsExactly("meeting:Budi Santoso|Joko Widodo");
    }

    @Test
    void anObjectPronounAfterAQuotationIsItsSpeakerNotSomeoneNamedInIt() {
        assertThat(contacts("Menlu Retno Marsudi tiba di Yangon. \"Kami mendukung rekomendasi Kofi Annan,\" kata Retno. "
                + "Setibanya di Naypyidaw, Menlu Iran meneleponnya."))
                .containsExactly("call:Iran|Retno Marsudi>Iran");
    }

    @Test
    void colloquialTalkWithAList() {
        assertThat(contacts("\"Saya bicara dengan Kofi Annan dan Menlu Turki,\" kata Menlu Retno Marsudi."))
                .containsExactlyInAnyOrder("talks:Retno Marsudi|Kofi Annan", "talks:Retno Marsudi|Turkey");
    }

    @Test
    void bodiesDescribingAPersonAreNotParticipants() {
        assertThat(contacts("Ia ditanya mengenai pertemuan antara mantan anggota Komisi II dari fraksi Partai Hanura Miryam S Haryani "
                + "dengan seorang pengacara bernama Anton Taofik.")).containsExactly("meeting:Miryam S Haryani|Anton Taofik");
    }

    @Test
    void aSpeakerReportingTheirOwnMeetingAndAPairBroughtTogether() {
        assertThat(contacts("Wagub Deddy Mizwar hadir. Deddy mengatakan sudah beberapa kali bertemu dengan Zulkifli Hasan."))
                .containsExactly("meeting:Deddy Mizwar|Zulkifli Hasan");
        assertThat(contacts("Budi Santoso mengatakan Andi Wijaya sudah bertemu dengan Joko Widodo."))
                .noneMatch(c -> c.contains("Budi Santoso"));
        assertThat(contacts("Pasangan Agus Harimurti Yudhoyono dan Sylviana Murni dipertemukan di Jakarta."))
                .containsExactly("meeting:Agus Harimurti Yudhoyono|Sylviana Murni");
    }

    @Test
    void courtesyCallsAndAskingSomeoneAlong() {
        assertThat(contacts("Ketua Umum PAN Zulkifli Hasan bersilaturahmi ke kediaman Megawati Soekarnoputri di Teuku Umar."))
                .containsExactly("visit:Zulkifli Hasan|Megawati Soekarnoputri");
        assertThat(contacts("Sutradara Guy Ritchie mengajak David Beckham tampil dalam film itu.")).hasSize(1);
        assertThat(contacts("Pemerintah mengajak masyarakat menjaga kebersihan.")).isEmpty();
    }

    @Test
    void aContactNounFollowedByItsTwoSides() {
        assertThat(contacts("Pertemuan Korsel dan Korut akhirnya digelar di perbatasan."))
                .containsExactly("meeting:South Korea|North Korea");
        assertThat(contacts("Pertemuan Presiden Joko Widodo dengan Perdana Menteri Belanda Mark Rutte berlangsung di Bogor."))
                .containsExactly("meeting:Joko Widodo|Mark Rutte");
    }

    @Test
    void jointSubjectsEachWithTheirRoleAndACallByPhone() {
        assertThat(contacts("Presiden AS Donald Trump dan Presiden Korsel Moon Jae-in lewat panggilan telepon sepakat bekerja sama."))
                .containsExactly("call:Donald Trump|Moon Jae-in");
    }

    @Test
    void aSecondVerbSharesTheFirstOnesSubject() {
        assertThat(contacts("Dalai Lama akan mengunjungi Amerika Serikat dan bertemu dengan presiden terpilih AS, Donald Trump."))
                .containsExactlyInAnyOrder("visit:Dalai Lama|United States>Dalai Lama", "meeting:Dalai Lama|Donald Trump");
    }

    @Test
    void broughtTogetherAndWelcomed() {
        assertThat(contacts("Forum bisnis itu mempertemukan delegasi Indonesia dan Jepang di Tokyo."))
                .containsExactly("meeting:Indonesia|Japan");
        assertThat(contacts("Di istana, Presiden Joko Widodo disambut Presiden Ashraf Ghani."))
                .containsExactly("meeting:Ashraf Ghani|Joko Widodo>Ashraf Ghani");
    }

    @Test
    void besidesTheOneMetBeforeIsNoCoHost() {
        assertThat(contacts("Donald Trump bertemu dengan Jack Ma di New York. Selain Jack Ma, Trump juga menemui Bernard Arnault."))
                .containsExactlyInAnyOrder("meeting:Donald Trump|Jack Ma", "meeting:Donald Trump|Bernard Arnault>Donald Trump");
    }

    @Test
    void aTopicBeforeDenganAndAgreementsSignedTogether() {
        assertThat(contacts("Menhan Prabowo Subianto membicarakan ISIS dengan Menteri Pertahanan Selandia Baru Mark Mitchell. "
                + "Menpora Dito Ariotedjo menandatangani kesepakatan itu bersama Menteri Olahraga Lebanon Rami Haddad di Beirut."))
                .anyMatch(c -> c.startsWith("talks:Prabowo Subianto|Mark Mitchell"))
                .anyMatch(c -> c.startsWith("meeting:Dito Ariotedjo|Rami Haddad"))
                .noneMatch(c -> c.contains("Islamic State"));
    }

    @Test
    void examplesInAListMayEachCarryTheirDescription() {
        assertThat(contacts("Sebelumnya, Pansus Angket telah mengundang sejumlah pakar hukum Tata Negara, diantaranya Hendra Kusuma Jaya, "
                + "pakar hukum pidana Profesor Ratna Dewi Anggraini, dan Yosef Manurung."))
                .hasSize(3).allMatch(c -> c.startsWith("invitation:Pansus Angket|"));
    }

    @Test
    void aRankBetweenTheBodyAndThePersonLeavesThePersonAsTheSide() {
        assertThat(contacts("Marsekal Hadi Wiranto dijadwalkan pergi ke Jepang untuk memenuhi undangan Kepala Staf Gabungan Jepang "
                + "Jenderal Koji Yamazaki."))
                .containsExactly("invitation:Koji Yamazaki|Hadi Wiranto>Koji Yamazaki");
    }

    @Test
    void aBodyInTheRoleOfTheOtherSideAfterDenganIsNoSideOfItsOwn() {
        assertThat(contacts("Pengacara itu mengaku memiliki rekaman percakapan antara mantan presiden Susilo Bambang Yudhoyono "
                + "dengan Ketua Umum PBNU, KH. Hasyim Muzadi, sehari sebelum pemilihan."))
                .containsExactly("talks:Susilo Bambang Yudhoyono|Hasyim Muzadi");
    }

    @Test
    void aGroupMetAndNamedInTheNextSentencesGivesOneContactPerPerson() {
        List<String> found = contacts("Gubernur Ridwan Saleh pada Senin menerima pengurus partai di rumah dinasnya. Pertemuan berlangsung "
                + "tertutup. Mereka adalah Ketua DPD Partai Maju Hendra Wibisono, Sekretaris DPD Partai Maju Ratna Sari dan anggota "
                + "Fraksi Partai Maju Joko Santoso.");
        assertThat(found).hasSize(3).allMatch(c -> c.startsWith("meeting:") && c.contains("Ridwan Saleh"));
        assertThat(contacts("Bupati Ahmad Fauzi menggelar pertemuan dengan para kiai di pendopo. Pertemuan itu dihadiri "
                + "Ketua PCNU Hasan Basri dan Ketua MUI setempat Abdul Karim."))
                .containsExactlyInAnyOrder("meeting:Ahmad Fauzi|Hasan Basri>Ahmad Fauzi", "meeting:Ahmad Fauzi|Abdul Karim>Ahmad Fauzi");
        // what is received is no group of people, and nobody is named after it as one
        assertThat(contacts("Gubernur Ridwan Saleh diduga menerima uang dari kontraktor. Mereka adalah Hendra Wibisono dan Ratna Sari."))
                .isEmpty();
    }

    @Test
    void visitingSomeoneHeldOrIllAndAppearingBeforeABody() {
        assertThat(contacts("Gubernur Anies Baswedan menjenguk Joko Widodo di rumah sakit."))
                .containsExactly("visit:Anies Baswedan|Joko Widodo>Anies Baswedan");
        assertThat(contacts("Persatuan Bulu Tangkis Seluruh Indonesia (PBSI) diminta menghadap ke Kementerian Pemuda dan Olahraga."))
                .hasSize(1).allMatch(c -> c.startsWith("meeting:"));
    }

    @Test
    void undatedReportsOfTheDayTakeTheDateOfTheLeadOrOfTheSameVisit() {
        // the lead gives the day and names one side; the meeting is reported later without a date
        assertThat(contacts("Presiden Joko Widodo tiba di Kabul, Senin (4/3). Di istana, Jokowi disambut Presiden Ashraf Ghani."))
                .containsExactly("meeting:Ashraf Ghani|Joko Widodo>Ashraf Ghani@2024-03-04");
        // a later, undated report that shares a side with a dated contact is the same visit
        assertThat(contacts("Perdana Menteri Anthony Albanese bertemu Presiden Joko Widodo di Jakarta pada Selasa (5/3). "
                + "Kunjungan itu membahas perdagangan. Dalam kunjungan itu Albanese juga bertemu Prabowo Subianto."))
                .contains("meeting:Anthony Albanese|Prabowo Subianto@2024-03-05");
    }

    @Test
    void aLastMeetingWithSomeoneNamedBeforeWhatTheyAre() {
        assertThat(contacts("Menteri Desa Eko Putro Sandjojo mengungkapkan pertemuan terakhirnya dengan Warsito, tersangka kasus itu."))
                .containsExactly("meeting:Eko Putro Sandjojo|Warsito");
    }

    @Test
    void doublesPairsMeetOnCourtNotAtATable() {
        assertThat(contacts("Hendra Setiawan / Mohammad Ahsan akan bertemu Lee Yong-dae / Yoo Yeon-seong di Istora besok."))
                .isEmpty();
    }

    @Test
    void theSubjectIsTheOneWhoActsNotWhereItIsOrWhereItComesFrom() {
        // the place and its country after the subjects are where they are
        assertThat(contacts("Konsulat Jenderal RI (KJRI) dan Bank Mandiri di Dubai, Uni Emirat Arab, sudah berunding "
                + "dengan Saudi Aramco."))
                .containsExactlyInAnyOrder("talks:Konsulat Jenderal RI|Saudi Aramco", "talks:Bank Mandiri|Saudi Aramco");
        // a person from a body: the person talks, the body is where the person comes from
        assertThat(contacts("Damar Sitompul dari Ikatan Alumni Universitas Gadjah Mada ingin berdialog dengan Presiden Joko Widodo."))
                .containsExactly("talks:Damar Sitompul|Joko Widodo");
    }

    @Test
    void aDescriptionOpeningTheSentenceStandsForThePersonTheArticleFollows() {
        assertThat(contacts("Gelandang Egy Maulana Vikri dikabarkan pindah ke Eropa. Gelandang asal Medan itu juga pernah "
                + "berunding dengan Persija Jakarta."))
                .containsExactly("talks:Egy Maulana Vikri|Persija Jakarta");
        // the party in the description is not who met
        assertThat(contacts("Fadli Zon hadir di Senayan. Politikus Partai Gerindra itu juga bertemu Ketua DPR Puan Maharani."))
                .containsExactly("meeting:Fadli Zon|Puan Maharani");
    }

    @Test
    void bodiesCountedInTheSentenceAndNamedInTheNext() {
        assertThat(contacts("Direksi PT Pertamina (Persero) mengatakan sudah menggelar pembicaraan dengan tiga perusahaan bulan lalu. "
                + "Ketiga perusahaan itu adalah Chevron, Mitsui, dan Sumitomo."))
                .containsExactlyInAnyOrder("talks:Pertamina|Chevron", "talks:Pertamina|Mitsui & Co.", "talks:Pertamina|Sumitomo Corporation");
    }

    @Test
    void aBodyInsideADescriptionThatPointsBackIsNoPartner() {
        assertThat(contacts("Pekan depan Kylian Mbappe dijadwalkan menemui pengurus klub elite Ligue 1 tersebut."))
                .isEmpty();
        assertThat(contacts("Menteri Luar Negeri Retno Marsudi mengaku telah mengontak pemerintah Myanmar terkait pengungsi."))
                .containsExactly("talks:Retno Marsudi|Myanmar>Retno Marsudi");
    }

    @Test
    void aGroupReceivedWhoseMemberTurutHadirAfterwards() {
        assertThat(contacts("Presiden Joko Widodo menerima para tokoh agama di Istana Bogor. Pertemuan berlangsung dua jam. "
                + "Turut hadir Said Aqil Siradj sebagai salah satu tokoh."))
                .containsExactly("meeting:Said Aqil Siradj|Joko Widodo>Said Aqil Siradj");
    }

    @Test
    void aFirstPersonInAQuotationWhoIsBusyTalking() {
        assertThat(contacts("\"Laga pertama belum pasti. Untuk laga kedua, saya sedang melakukan pembicaraan dengan Vietnam,\" "
                + "kata Ketua Umum PSSI Edy Rahmayadi."))
                .containsExactly("talks:Edy Rahmayadi|Vietnam");
    }

    @Test
    void aPronounWithUnnamedCompanionsOrOnAJourneyForTheContact() {
        assertThat(contacts("Jenderal Hadi Tjahjanto tiba di Tokyo. Ia bersama istri dan sejumlah staf hendak memenuhi undangan "
                + "dari Perdana Menteri Shinzo Abe."))
                .containsExactly("invitation:Shinzo Abe|Hadi Tjahjanto>Shinzo Abe");
        assertThat(contacts("Keberangkatan Jenderal Hadi Tjahjanto tertunda saat ia hendak pergi ke Jepang dengan tujuan memenuhi "
                + "undangan dari Perdana Menteri Shinzo Abe."))
                .containsExactly("invitation:Shinzo Abe|Hadi Tjahjanto>Shinzo Abe");
    }

    @Test
    void bodiesThatActForOnePartyDoNotTalkToEachOther() {
        assertThat(contacts("Pemerintah, dalam hal ini Kementerian Perdagangan, Kementerian Pertanian, dan Kementerian Keuangan, "
                + "sedang bernegosiasi untuk membeli saham Chevron."))
                .isEmpty();
        // a listed subject with its part in lower case still belongs to the list
        assertThat(contacts("Dua kementerian dan satu badan, yakni Kementerian Kesehatan sebagai koordinator, Kementerian Sosial, "
                + "serta Badan Pengawas Obat dan Makanan telah bertemu untuk menyusun aturan baru."))
                .hasSize(3).contains("meeting:Ministry of Health of Indonesia|Ministry of Social Affairs of Indonesia");
    }

    @Test
    void keduanyaAfterOnlyOneNamedPersonInItsSentenceIsNoPair() {
        assertThat(contacts("Pengacara Hotman Paris membela Raffi Ahmad. Seorang pria yang melaporkan Raffi Ahmad mengatakan "
                + "keduanya bertemu di sebuah kafe."))
                .isEmpty();
    }

    @Test
    void theBodyNamedAfterSelainIsTheOneLeftOut() {
        assertThat(contacts("Pelatih Rahmad Darmawan juga sedang berkomunikasi dengan salah satu klub, selain Persija Jakarta."))
                .isEmpty();
    }

    @Test
    void diskusiAndDialogAreNounsNotPassives() {
        assertThat(contacts("\"Kami saling percaya. Diskusi saya dengan Rudy Hartono dan Taufik Hidayat sudah membuktikannya,\" "
                + "kata Ketua Umum PBSI Wiranto."))
                .containsExactlyInAnyOrder("talks:Wiranto|Rudy Hartono", "talks:Wiranto|Taufik Hidayat");
    }

    @Test
    void aMannerBetweenTheCuesWordsAndAnInvitationAcceptedByItsPronoun() {
        assertThat(contacts("Presiden Joko Widodo berbicara secara langsung dengan Perdana Menteri Shinzo Abe."))
                .containsExactly("talks:Joko Widodo|Shinzo Abe");
        // -nya is whose invitation it was: the person named before the one who came
        assertThat(contacts("Karena sudah lama mengenal Raffi Ahmad, Ayu Ting Ting pun datang memenuhi undangannya."))
                .containsExactly("invitation:Raffi Ahmad|Ayu Ting Ting>Raffi Ahmad");
    }

    @Test
    void aPersonDescribedBetweenCommasIsTheSideNotTheBodyInTheDescription() {
        assertThat(contacts("Rudi Hartono, presiden klub Persekat Tegal, bertemu dengan Bambang Pamungkas di Jakarta."))
                .containsExactly("meeting:Rudi Hartono|Bambang Pamungkas");
        assertThat(contacts("Dedi Kurniawan, putra pengusaha Hendra Gunawan, mengunjungi Bambang Pamungkas kemarin."))
                .containsExactly("visit:Dedi Kurniawan|Bambang Pamungkas>Dedi Kurniawan");
        assertThat(contacts("Menteri Luar Negeri Sugiono bertemu dengan Rudi Hartono, Ketua Umum Partai Golkar, di Jakarta."))
                .containsExactly("meeting:Sugiono|Rudi Hartono");
        // a list is no description: both are met
        assertThat(contacts("Sugiono bertemu dengan Rudi Hartono, Partai Golkar, dan Bambang Pamungkas."))
                .contains("meeting:Sugiono|Rudi Hartono", "meeting:Sugiono|Bambang Pamungkas");
    }

    @Test
    void visitingTheSickAndNicknamesMadeOfTheFullName() {
        assertThat(contacts("Penyanyi Sarah Wulandari dirawat di rumah sakit. Dimas Prakoso sempat menengok Sarah di sana."))
                .containsExactly("visit:Dimas Prakoso|Sarah Wulandari>Dimas Prakoso");
        assertThat(contacts("Dimas Prakoso kembali menengok pencapaian timnya.")).isEmpty();
        // "Sawul" is Sarah Wulandari's blended nickname
        assertThat(contacts("Penyanyi Sarah Wulandari dirawat di rumah sakit. Dimas Prakoso datang menjenguk Sawul di sana."))
                .containsExactly("visit:Dimas Prakoso|Sarah Wulandari>Dimas Prakoso");
    }

    @Test
    void merekaForAPairNamedBeforeSentencesThatNameNoOne() {
        assertThat(contacts("Rudi Hartono dan Sarah Wulandari dikabarkan akan menikah. Kabar itu beredar sejak pekan lalu. "
                + "Mereka konon pertama kali bertemu di sebuah konser."))
                .containsExactly("meeting:Rudi Hartono|Sarah Wulandari");
        // "mereka" after a preposition is no subject
        assertThat(contacts("Rudi Hartono dan Sarah Wulandari membuka toko. "
                + "Warga dapat menulis surat kepada mereka untuk berdiskusi.")).isEmpty();
    }

    @Test
    void aBracketAfterAPartnerNamesItAgainAndAFactoryStandsForItsCompany() {
        assertThat(contacts("Sarah Wulandari mendatangi kantor pusat Direktorat Jenderal Bea dan Cukai Kementerian Keuangan (DJBC Kemenkeu) di Jakarta."))
                .containsExactly("visit:Sarah Wulandari|Direktorat Jenderal Bea dan Cukai Kementerian Keuangan>Sarah Wulandari");
        assertThat(contacts("Menteri Airlangga Hartarto melakukan kunjungan kerja ke pabrik PT Astra Honda Motor di Cikarang."))
                .containsExactly("visit:Airlangga Hartarto|Astra Honda Motor>Airlangga Hartarto");
    }

    @Test
    void whoeverWentToABuildingDidWhatTheyWentFor() {
        assertThat(contacts("Dimas Prakoso datang ke Mako Brimob, Bekasi, untuk menjenguk Rudi Hartono."))
                .containsExactly("visit:Dimas Prakoso|Rudi Hartono>Dimas Prakoso");
        // the place was only where they went to see someone: no visit to the body that keeps it
        assertThat(contacts("Dimas Prakoso menyambangi Mako Brimob, Bekasi, untuk menemui Rudi Hartono."))
                .containsExactly("meeting:Dimas Prakoso|Rudi Hartono>Dimas Prakoso");
        // a list whose last name is unknown still has its known names as subjects
        assertThat(contacts("Dimas Prakoso, Sarah Wulandari, dan Qi NS menjenguk Rudi Hartono."))
                .containsExactly("visit:Dimas Prakoso|Rudi Hartono>Dimas Prakoso", "visit:Sarah Wulandari|Rudi Hartono>Sarah Wulandari");
    }

    @Test
    void pairsVisitTogetherAdmissionsAndPronounsPastAKinDescription() {
        // two who visit a place together did not visit each other
        assertThat(contacts("Rudi Hartono dan Sarah Wulandari terlihat akrab. Keduanya terlihat mengunjungi sebuah kafe di Bandung."))
                .isEmpty();
        assertThat(contacts("Dimas Prakoso mengaku pekan lalu masih sempat menjenguk Rudi Hartono."))
                .containsExactly("visit:Dimas Prakoso|Rudi Hartono>Dimas Prakoso");
        // "suami dari X itu" describes someone else by kin: the pronoun after it is not X
        assertThat(contacts("Hendra Gunawan berlibur ke Lombok. Ia bermain selancar di sana. Kemudian, suami dari Sarah Wulandari itu "
                + "terbang ke Medan. Dia juga mendatangi rumah bos Grup Sinar Jaya Dimas Prakoso."))
                .containsExactly("visit:Hendra Gunawan|Dimas Prakoso>Hendra Gunawan");
    }

    @Test
    void aPronounJoinedToABodyThroughItsPeople() {
        assertThat(contacts("Dimas Prakoso belum memperpanjang kontraknya. Sejak bulan lalu, ia dan manajemen Persib Bandung sudah "
                + "membicarakan perpanjangan kontrak."))
                .containsExactly("talks:Dimas Prakoso|Persib Bandung");
        // a capitalised word between is a body's own name, not its people: no pronoun joins it
        assertThat(contacts("Sarah Wulandari diterima Rudi Hartono di Bandung, lalu mengatakan ia dan Pemerintah Indonesia telah berdiskusi."))
                .noneMatch(c -> c.startsWith("talks:Rudi Hartono|"));
    }

    @Test
    void attendingABodysOwnMeetingIsMeetingTheBody() {
        // the pair and the kind matter here, not whether an initiator is marked
        assertThat(contacts("Kepala Biro Hukum Dimas Prakoso hadir ke rapat Komisi III DPR tanpa izin atasannya."))
                .singleElement().asString().startsWith("meeting:Dimas Prakoso|Komisi III DPR");
        assertThat(contacts("Dimas Prakoso menghadiri Rapat Dengar Pendapat Komisi III DPR kemarin."))
                .singleElement().asString().startsWith("meeting:Dimas Prakoso|Komisi III DPR");
        // a plenary session is the house sitting, not a meeting with someone
        assertThat(contacts("Menteri Sri Mulyani menghadiri Rapat Paripurna DPR di Jakarta.")).isEmpty();
    }

    @Test
    void aUnitOfABodyAndABodysRegionalBranchAreTheSubject() {
        // the directorate met, not the ministry it belongs to
        assertThat(contacts("Direktorat Jenderal Bea dan Cukai (DJBC) Kementerian Keuangan besok dijadwalkan bertemu dengan Apple."))
                .singleElement().asString().startsWith("meeting:Directorate General of Customs and Excise of Indonesia|Apple");
        // a region after a body is its branch there, not words that push the cue out of reach
        assertThat(contacts("Perwakilan Google Asia Pasifik tiba di Jakarta dan mengadakan pertemuan dengan Kementerian Perdagangan."))
                .singleElement().asString().startsWith("meeting:Google|Ministry of Trade of Indonesia");
    }

    @Test
    void whoeverComesAlongOnAVisitIsNoHost() {
        assertThat(contacts("Sarah Wulandari mengunjungi sebuah sekolah di Bandung bersama suaminya, Rudi Hartono.")).isEmpty();
        assertThat(contacts("Sarah Wulandari mengunjungi Rudi Hartono bersama suaminya."))
                .containsExactly("visit:Sarah Wulandari|Rudi Hartono>Sarah Wulandari");
    }

    @Test
    void aKinDescriptionMayCloseWithoutItsComma() {
        assertThat(contacts("Dimas Prakoso, putra pengusaha kondang Rudi Hartono menjenguk Sarah Wulandari."))
                .containsExactly("visit:Dimas Prakoso|Sarah Wulandari>Dimas Prakoso");
    }

    @Test
    void aWorkVisitAtABodysFactoryVisitsTheBody() {
        assertThat(contacts("Menteri Airlangga Hartarto melakukan kunjungan kerja di pabrik baru PT Astra Honda Motor."))
                .containsExactly("visit:Airlangga Hartarto|Astra Honda Motor>Airlangga Hartarto");
        // where a visit took place is no destination when other words stand between
        assertThat(contacts("Menteri Airlangga Hartarto melakukan kunjungan kerja di sela peluncuran mobil PT Astra Honda Motor."))
                .isEmpty();
    }

    @Test
    void aPronounAfterAFrontedAddresseeAndAnAdmissionOfWhatIsToCome() {
        // "Kepada X," fronts whom the subject told: the pronoun of the next sentence is the subject, not the last name
        assertThat(contacts("Pelatih Persija Rudi Hartono merekrut kiper Dimas Prakoso. Kepada Goal Indonesia, Rudi mengungkapkan "
                + "alasannya merekrut Dimas. Meski dia juga mengakui sudah berkomunikasi dengan Hendra Gunawan."))
                .anyMatch(c -> c.startsWith("talks:Rudi Hartono|Hendra Gunawan"))
                .noneMatch(c -> c.startsWith("talks:Dimas Prakoso|"));
        assertThat(contacts("Dimas Prakoso hadir di Senayan. Selain itu, dia pun mengakui dalam waktu dekat akan bertemu dengan "
                + "Rudi Hartono."))
                .singleElement().asString().startsWith("meeting:Dimas Prakoso|Rudi Hartono");
    }

    @Test
    void aPlanOrAWishIsAPlannedContact() {
        for (String verb : List.of("berencana mengundang", "ingin bertemu dengan", "mau menelepon")) {
            Extraction x = EXTRACTOR.extract(new Article("t", "test", "Joko Widodo " + verb + " Anthony Albanese.", null));
            assertThat(x.contacts()).as(verb).singleElement().satisfies(c -> assertThat(c.planned()).isTrue());
        }
    }

    @Test
    void aQuotationsSpeakerIsWhomItsPassiveTellsOf() {
        assertThat(contacts("Pengacara Dimas Prakoso hadir sebagai saksi. \"Saya ditelepon Rudi Hartono pagi itu,\" kata Dimas."))
                .containsExactly("call:Rudi Hartono|Dimas Prakoso>Rudi Hartono");
    }

    @Test
    void noPlanToMeetIsNoMeeting() {
        assertThat(contacts("Budi Santoso mengatakan tak ada rencana untuk bertemu Andi Wijaya selama kunjungan itu.")).isEmpty();
    }

    @Test
    void aFrontedTimeClauseMayEndInWhenOrWhereBeforeTheMainSubject() {
        assertThat(contacts("Setelah bertemu rutin dengan Andi Wijaya selama dua pekan, Budi Santoso menulis buku tentang hidupnya."))
                .singleElement().asString().startsWith("meeting:").contains("Budi Santoso").contains("Andi Wijaya");
    }

    @Test
    void aQuotationsSpeakerMeetsAfterAdverbsACountOrAJoinedVerb() {
        assertThat(contacts("\"Saya hanya dua kali bertemu dengan Rudi Hartono pada 2009,\" kata Dimas Prakoso."))
                .containsExactly("meeting:Dimas Prakoso|Rudi Hartono");
        assertThat(contacts("\"Saya pernah berbicara dan bernegosiasi dengan Rudi Hartono soal kontrak itu,\" kata Dimas Prakoso."))
                .containsExactly("talks:Dimas Prakoso|Rudi Hartono");
        // a meeting the speaker tells of with no one else holding it is the speaker's own
        assertThat(contacts("\"Ya, memang ada pertemuan dengan Rudi Hartono minggu lalu,\" kata pelatih Persiba, Dimas Prakoso."))
                .containsExactly("meeting:Dimas Prakoso|Rudi Hartono");
    }

    @Test
    void aPassiveVerbsAgentEndsWithItsQuotation() {
        // the speaker after the quotation did not invite anyone
        assertThat(contacts("\"Pak Wiranto dulu pernah diundang Hizbut Tahrir Indonesia dan hadir,\" kata Dimas Prakoso."))
                .containsExactly("invitation:Hizbut Tahrir Indonesia|Wiranto>Hizbut Tahrir Indonesia");
    }

    @Test
    void anExampleWordWithNoExampleAfterItLeavesThePartnerStanding() {
        assertThat(contacts("\"Saya bertemu dengan Rudi Hartono yaitu pada pertengahan 2009. Saat itu Rudi datang ke kafe, "
                + "kebetulan saya selalu di sana,\" ungkap Dimas Prakoso."))
                .containsExactly("meeting:Dimas Prakoso|Rudi Hartono");
    }

    @Test
    void theBodyOfAHeldRoleIsNoSecondSideOfATalk() {
        assertThat(contacts("Usai negosiasi panjang, Dimas Prakoso yang kala itu menjabat sebagai Ketua Partai Golkar "
                + "menolak tawaran tersebut.")).isEmpty();
    }

    @Test
    void whoIsAskedWhetherTheyMetIsNotTheOneAsking() {
        assertThat(contacts("Hakim Dimas Prakoso lalu bertanya apakah dia pernah mengadakan pertemuan bersama Rudi Hartono."))
                .isEmpty();
    }

    @Test
    void aRoleOverItsBodyStandsForTheHolderNamedWithIt() {
        assertThat(contacts("Dekan Fakultas Hukum Universitas Pattimura Dimas Prakoso datang ke Merauke. Kehadiran Dekan "
                + "Fakultas Hukum itu untuk memenuhi undangan Rektor Universitas Musamus."))
                .containsExactly("invitation:Universitas Musamus|Dimas Prakoso>Universitas Musamus");
    }

    @Test
    void whoIsSentToMeetIsTheOneWhoMeets() {
        assertThat(contacts("Pelatih Dimas Prakoso mengirim perwakilannya Rudi Wibisono untuk bertemu petinggi PSSI."))
                .containsExactly("meeting:Rudi Wibisono|Football Association of Indonesia");
    }

    @Test
    void aMeetingAsTheCircumstanceOfWhatTheSubjectDid() {
        assertThat(contacts("Sebelumnya, Badan Narkotika Nasional (BNN) sudah memaparkan temuan kasus itu di sela pertemuan "
                + "rutin dengan Komisi III DPR, Senin."))
                .singleElement().asString().startsWith("meeting:National Narcotics Board|Komisi III DPR");
        // a speaker's comma, or talks with two sides of their own, leave the subject out
        assertThat(contacts("Dimas Prakoso menegaskan, mogok berlanjut kecuali ada kesepakatan dalam perundingan antara "
                + "Pertamina dan serikat sopir.")).noneMatch(c -> c.contains("Dimas Prakoso"));
    }

    @Test
    void aPronounThatClaimsToHaveMet() {
        assertThat(contacts("Politikus Golkar Dimas Prakoso membantah kabar itu. Ia mengklaim sudah menemui Rudi Hartono untuk "
                + "membicarakan pencalonannya."))
                .containsExactly("meeting:Dimas Prakoso|Rudi Hartono>Dimas Prakoso");
    }

    @Test
    void attendingAnInvitation() {
        assertThat(contacts("Badan Narkotika Nasional (BNN) menghadiri undangan Komisi III DPR pekan lalu."))
                .containsExactly("invitation:Komisi III DPR|National Narcotics Board>Komisi III DPR");
    }

    @Test
    void aJointSubjectAndALightVerbBeforeANounCue() {
        assertThat(contacts("Komisi III DPR bersama Menteri Hukum Dimas Prakoso telah merampungkan pembahasan soal revisi "
                + "undang-undang itu."))
                .containsExactly("talks:Komisi III DPR|Dimas Prakoso");
        // another verb between them and the noun leaves the pair apart
        assertThat(contacts("Komisi III DPR bersama Menteri Hukum Dimas Prakoso menolak hasil pembahasan soal revisi "
                + "undang-undang itu.")).isEmpty();
    }

    @Test
    void aPronounWithAnAdverbOfHowOrHowOften() {
        assertThat(contacts("Saksi Hendra Kusuma diperiksa oleh majelis hakim. Ia hanya bertemu dengan mantan anggota DPR "
                + "Yudi Pratama."))
                .containsExactly("meeting:Hendra Kusuma|Yudi Pratama");
        assertThat(contacts("Penyanyi Rina Marlinda berlibur ke Bali. Dia tanpa sengaja bertemu Bagas Wicaksono di sebuah kafe."))
                .containsExactly("meeting:Rina Marlinda|Bagas Wicaksono");
    }

    @Test
    void theSpeakerOfAnInsertedAttributionIsNotTheSubject() {
        assertThat(contacts("Ketua Asosiasi Petani Kopi Nusantara Rudi Hartono hadir di Bandung. Selain itu, lanjut Rudi, "
                + "asosiasi telah berdiskusi dengan Badan Kebijakan Fiskal.")).isEmpty();
        // a clause of time after the aside has no subject of its own: the speaker did it
        assertThat(contacts("\"Program ini layak ditiru,\" kata Rudi Hartono, saat berkunjung ke Badan Kebijakan Fiskal."))
                .containsExactly("visit:Rudi Hartono|Fiscal Policy Agency");
    }

    @Test
    void aRelativeOfTheNamedPersonIsNotThatPerson() {
        assertThat(contacts("Penyanyi Rina Marlinda berlibur ke Bali. Ia ingin kembali berbincang dengan adik Bagas Wicaksono itu."))
                .isEmpty();
    }

    @Test
    void repeatedVisitsTookPlaceButAContactKeptUpIsNoEvent() {
        assertThat(contacts("Menurut pengakuan Bagas Wicaksono, dirinya masih sering mengunjungi Rina Marlinda di Bogor."))
                .containsExactly("visit:Bagas Wicaksono|Rina Marlinda>Bagas Wicaksono");
        assertThat(contacts("Bagas Wicaksono mengaku masih rutin berkomunikasi dengan Rina Marlinda.")).isEmpty();
        // the husband of the one named is the visitor, not she
        assertThat(contacts("Kabarnya, suami mendiang Rina Marlinda itu kerap mengunjungi kediaman Bagas Wicaksono.")).isEmpty();
    }

    @Test
    void aJourneyToTheContactInATimeClause() {
        assertThat(contacts("Menteri Luar Negeri Rina Marlinda ditolak masuk ke Jepang saat hendak berangkat memenuhi undangan "
                + "Menteri Pertahanan Jepang Taro Kono."))
                .containsExactly("invitation:Taro Kono|Rina Marlinda>Taro Kono");
    }

    @Test
    void sangAndARoleReferToThePersonIntroducedWithIt() {
        assertThat(contacts("Film itu digarap oleh sutradara Dewi Anggraini. Konsul Jenderal Hendra Kusuma mengadakan pertemuan "
                + "dengan sang sutradara di Toronto."))
                .containsExactly("meeting:Hendra Kusuma|Dewi Anggraini>Hendra Kusuma");
        // no one was introduced as a producer
        assertThat(contacts("Film itu digarap oleh sutradara Dewi Anggraini. Konsul Jenderal Hendra Kusuma mengadakan pertemuan "
                + "dengan sang produser di Toronto.")).isEmpty();
    }

    @Test
    void theSpeakerJoinedToANamedSubjectInTheQuotation() {
        assertThat(contacts("\"Saya dan Bagas Wicaksono mau berdiskusi lagi dengan Dewi Anggraini soal rencana tahun depan,\" "
                + "kata Rina Marlinda."))
                .containsExactlyInAnyOrder("talks:Rina Marlinda|Dewi Anggraini", "talks:Bagas Wicaksono|Dewi Anggraini");
    }

    @Test
    void betweenAListAndWhomItMetAfterDengan() {
        assertThat(contacts("Pertemuan antara Rina Marlinda dan Hendra Kusuma dengan Bagas Wicaksono digelar di Solo."))
                .containsExactlyInAnyOrder("meeting:Rina Marlinda|Bagas Wicaksono", "meeting:Hendra Kusuma|Bagas Wicaksono");
    }

    @Test
    void whoSendsSomeoneToMeetDoesNotMeet() {
        assertThat(contacts("Pada Selasa, Hendra Kusuma mengirim perwakilannya untuk bertemu petinggi KPK.")).isEmpty();
        assertThat(contacts("Pelatih Hendra Kusuma mengirim perwakilannya, Bagas Wicaksono, untuk menemui Rina Marlinda di Bangkok."))
                .containsExactly("meeting:Bagas Wicaksono|Rina Marlinda>Bagas Wicaksono");
    }

    @Test
    void aCapitalisedCueInsideTheSentenceIsPartOfAName() {
        assertThat(contacts("Konser itu menampilkan Rina Marlinda, band Dialog Senja Kala dan Bagas Wicaksono.")).isEmpty();
    }

    @Test
    void toAttractSomethingIsNoInvitation() {
        assertThat(contacts("Penampilan Rina Marlinda mengundang perhatian dari pelatih Bagas Wicaksono.")).isEmpty();
        assertThat(contacts("Rina Marlinda mengundang Bagas Wicaksono ke acara itu."))
                .containsExactly("invitation:Rina Marlinda|Bagas Wicaksono>Rina Marlinda");
    }

    @Test
    void whoseVisitAFrontedClauseMeansIsTheMainClausesSubject() {
        assertThat(contacts("Pengusaha Rina Marlinda tiba di Surabaya kemarin. Dalam lawatannya ke Malaysia, Menteri Luar Negeri "
                + "Bagas Wicaksono bertemu Perdana Menteri Hendra Kusuma."))
                .containsExactlyInAnyOrder("visit:Bagas Wicaksono|Malaysia", "meeting:Bagas Wicaksono|Hendra Kusuma");
    }

    @Test
    void aHyphenInsideTheSubjectsNameIsNoDateline() {
        assertThat(contacts("Lee Sung-min bertemu dengan Bagas Wicaksono di Seoul."))
                .containsExactly("meeting:Lee Sung-min|Bagas Wicaksono");
        assertThat(contacts("Marie-Claire Dubois dan Rina Marlinda bertemu dengan Hendra Kusuma."))
                .containsExactlyInAnyOrder("meeting:Marie-Claire Dubois|Hendra Kusuma",
                        "meeting:Rina Marlinda|Hendra Kusuma");
    }

    @Test
    void whoArrivedInACountryForAVisitVisitsIt() {
        assertThat(contacts("Presiden Hendra Kusuma dan istrinya, Rina Marlinda, tiba di Hanoi, Vietnam, Senin (6/11), "
                + "untuk kunjungan kenegaraan selama tiga hari."))
                .containsExactlyInAnyOrder("visit:Hendra Kusuma|Vietnam@2023-11-06", "visit:Rina Marlinda|Vietnam@2023-11-06");
        assertThat(contacts("Hendra Kusuma tiba di Hanoi untuk kunjungan kerja.")).isEmpty();
    }

    @Test
    void anEnvoysCountryAndWhereTheEnvoyIsSentDescribeTheEnvoy() {
        assertThat(contacts("Menlu Rina Marlinda bertemu dengan Duta Besar Vietnam untuk Indonesia Hendra Kusuma."))
                .containsExactly("meeting:Rina Marlinda|Hendra Kusuma");
        assertThat(contacts("Menlu Rina Marlinda menerima kunjungan kehormatan Duta Besar Vietnam Hendra Kusuma."))
                .containsExactly("visit:Hendra Kusuma|Rina Marlinda>Hendra Kusuma");
    }

    @Test
    void toHostAPersonIsAMeetingToHostAClubIsAMatch() {
        assertThat(contacts("Presiden Hendra Kusuma menjamu Perdana Menteri Bagas Wicaksono dalam jamuan makan malam."))
                .containsExactly("meeting:Bagas Wicaksono|Hendra Kusuma>Bagas Wicaksono");
        assertThat(contacts("Persib Bandung akan menjamu Persija Jakarta pada Sabtu malam.")).isEmpty();
    }

    @Test
    void aCallReceivedAndAConversationByPhone() {
        assertThat(contacts("Presiden Hendra Kusuma menerima telepon dari Perdana Menteri Bagas Wicaksono, Selasa malam."))
                .containsExactly("call:Bagas Wicaksono|Hendra Kusuma>Bagas Wicaksono");
        assertThat(contacts("Rina Marlinda mengatakan ia telah berbicara dengan Bagas Wicaksono melalui telepon."))
                .containsExactly("call:Rina Marlinda|Bagas Wicaksono");
        assertThat(contacts("Rina Marlinda mengatakan ia telah berbicara dengan Bagas Wicaksono di kantornya."))
                .containsExactly("talks:Rina Marlinda|Bagas Wicaksono");
    }
}
