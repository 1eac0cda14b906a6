#!/usr/bin/env python3
"""Writes codebook.id.json: one Indonesian news sentence per three-digit CAMEO code, written for this set (see README).

Each row below is (code, sources, targets, sentence). The acceptable roots and PLOVER type of a code are not typed by
hand: they come from ../shared/reference/cameo/cameo-codes.tsv (the code's PLOVER type) and the roots PLOVER's gold
records accept for that type (ROOTS_OF_PLOVER), plus the code's own root. A sentence's "(D/M)" date is its gold date.
Usage: python3 eval/codebook/make_codebook_id.py   (rewrites eval/codebook/codebook.id.json)
"""
import csv
import json
import os
import re

HERE = os.path.dirname(os.path.abspath(__file__))
CODES = os.path.join(HERE, "..", "..", "..", "shared", "reference", "cameo", "cameo-codes.tsv")
PUBLISHED = "2025-05-15"  # a Thursday: Senin (12/5), Selasa (13/5) and Rabu (14/5) fall in the same week

# The roots PLOVER's gold records (../shared/gold/plover-gsr-dev.*.json) accept for each PLOVER type.
ROOTS_OF_PLOVER = {
    "AGREE": ["03", "05", "06"], "SUPPORT": ["05"], "CONSULT": ["04"], "COOPERATE": ["06"], "AID": ["07"],
    "CONCEDE": ["08"], "RETREAT": ["08", "07"], "ACCUSE": [], "REQUEST": ["10", "02"], "REJECT": ["12"],
    "THREATEN": ["13"], "PROTEST": ["14"], "MOBILIZE": ["15"], "SANCTION": ["16", "17"], "COERCE": ["17"],
    "ASSAULT": ["18", "19", "20"],
}

S = [
    ("010", ["MYS"], ["THA"], "Pemerintah Malaysia menyampaikan pernyataan resmi kepada Thailand mengenai kerusuhan di perbatasan kedua negara, Senin (12/5)."),
    ("011", ["CHN"], ["*"], "Juru bicara Kementerian Luar Negeri China menolak berkomentar soal laporan kunjungan pejabat tinggi Korea Utara ke Beijing, Selasa (13/5)."),
    ("012", ["PHL"], ["CHN"], "Presiden Filipina Ferdinand Marcos Jr. pesimistis sengketa perairan dengan China bisa diselesaikan tahun ini, ujarnya di Manila, Rabu (14/5)."),
    ("013", ["AUS"], ["CHN"], "Perdana Menteri Australia Anthony Albanese optimistis hubungan dagang negaranya dengan China segera pulih, katanya di Canberra, Senin (12/5)."),
    ("014", ["KOR"], ["JPN"], "Pemerintah Korea Selatan tengah mempertimbangkan pelonggaran pembatasan impor produk perikanan dari Jepang, Selasa (13/5)."),
    ("015", ["ISR"], ["PSE", "*"], "Angkatan Bersenjata Israel mengaku bertanggung jawab atas serangan udara yang menewaskan tiga pekerja bantuan di Gaza, Senin (12/5)."),
    ("016", ["IRN"], ["USA"], "Iran membantah tuduhan Amerika Serikat bahwa Teheran terlibat dalam serangan pesawat nirawak terhadap kapal tanker di Laut Merah, Selasa (13/5)."),
    ("017", ["FRA"], ["DZA", "*"], "Presiden Prancis Emmanuel Macron meletakkan karangan bunga di monumen korban perang kemerdekaan di Aljir, Aljazair, Rabu (14/5)."),
    ("018", ["IDN"], ["MMR"], "Presiden Prabowo Subianto menyampaikan belasungkawa kepada rakyat Myanmar atas korban gempa bumi di Mandalay, Senin (12/5)."),
    ("019", ["SGP"], ["VNM"], "Menteri Luar Negeri Singapura Vivian Balakrishnan menyatakan sependapat dengan Vietnam bahwa keamanan jalur pelayaran harus dijaga bersama, Selasa (13/5)."),
    ("020", ["IGOEU"], ["SDN"], "Uni Eropa menyerukan kepada pemerintah Sudan agar memperhatikan nasib warga sipil di Darfur, Selasa (13/5)."),
    ("021", ["VNM"], ["JPN"], "Pemerintah Vietnam mengajak Jepang untuk memperluas kerja sama investasi di sektor energi terbarukan, Rabu (14/5)."),
    ("022", ["PSE"], ["IGOSEAASN"], "Palestina meminta negara-negara anggota ASEAN mendukung keanggotaan penuhnya di Perserikatan Bangsa-Bangsa, kata Duta Besar Palestina di Jakarta, Senin (12/5)."),
    ("023", ["LKA"], ["JPN"], "Pemerintah Sri Lanka meminta bantuan keuangan darurat kepada Jepang untuk menstabilkan cadangan devisanya, Selasa (13/5)."),
    ("024", ["USA"], ["MMR"], "Amerika Serikat mengimbau junta militer Myanmar untuk menggelar pemilu yang bebas dan adil, Rabu (14/5)."),
    ("025", ["IGOUNO"], ["ISR"], "Sekretaris Jenderal PBB Antonio Guterres mengimbau Israel mencabut pembatasan atas pengiriman bantuan ke Gaza, Senin (12/5)."),
    ("026", ["TUR"], ["ARM"], "Menteri Luar Negeri Turki Hakan Fidan mengajak Armenia dan Azerbaijan untuk kembali ke meja perundingan, Selasa (13/5)."),
    ("027", ["IDN"], ["KHM"], "Menteri Luar Negeri Indonesia Sugiono mengimbau Kamboja dan Thailand menyelesaikan sengketa perbatasan secara damai, Rabu (14/5)."),
    ("028", ["QAT"], ["ETH"], "Qatar meminta Ethiopia dan Eritrea menerima tawaran mediasi Uni Afrika, Senin (12/5)."),
    ("030", ["BRA"], ["ARG"], "Brasil menyatakan siap bekerja sama dengan Argentina dalam menangani kebakaran hutan di wilayah perbatasan, Selasa (13/5)."),
    ("031", ["KOR"], ["VNM"], "Pemerintah Korea Selatan berjanji meningkatkan investasi di sektor manufaktur Vietnam, kata Menteri Perdagangan Korea Selatan di Hanoi, Rabu (14/5)."),
    ("032", ["ESP"], ["MAR"], "Pemerintah Spanyol menyatakan akan mendukung pencalonan Maroko sebagai anggota tidak tetap Dewan Keamanan PBB, Senin (12/5)."),
    ("033", ["JPN"], ["BGD"], "Jepang berjanji memberikan bantuan senilai 50 juta dolar AS kepada Bangladesh untuk penanganan pengungsi Rohingya, Selasa (13/5)."),
    ("034", ["NPL"], ["*"], "Perdana Menteri Nepal berjanji melakukan reformasi sistem peradilan untuk memberantas korupsi, kata kantornya di Kathmandu, Rabu (14/5)."),
    ("035", ["VEN"], ["COL"], "Pemerintah Venezuela bersedia membebaskan sejumlah tahanan asal Kolombia, kata Menteri Luar Negeri Venezuela di Caracas, Senin (12/5)."),
    ("036", ["KOR"], ["CHN"], "Presiden Korea Selatan menyatakan bersedia bertemu dengan Presiden China di sela-sela KTT APEC, Selasa (13/5)."),
    ("037", ["IND"], ["NPL"], "India bersedia menyelesaikan sengketa perbatasan dengan Nepal melalui dialog, kata Kementerian Luar Negeri India di New Delhi, Rabu (14/5)."),
    ("038", ["SDN"], ["SAU"], "Pemerintah Sudan menyatakan siap menerima mediasi Arab Saudi untuk mengakhiri konflik dengan Pasukan Dukungan Cepat, Senin (12/5)."),
    ("039", ["TUR"], ["PAK"], "Turki menawarkan diri menjadi penengah antara Pakistan dan Afghanistan, kata Presiden Recep Tayyip Erdogan di Istanbul, Selasa (13/5)."),
    ("040", ["IDN", "AUS"], ["AUS", "IDN"], "Menteri Luar Negeri Indonesia Sugiono dan Menteri Luar Negeri Australia Penny Wong membahas kerja sama keamanan maritim di Jakarta, Rabu (14/5)."),
    ("041", ["FRA"], ["EGY"], "Presiden Prancis Emmanuel Macron berbicara melalui telepon dengan Presiden Mesir Abdel Fattah al-Sisi mengenai situasi di Gaza, Senin (12/5)."),
    ("042", ["VNM"], ["LAO"], "Perdana Menteri Vietnam Pham Minh Chinh mengunjungi Laos, Selasa (13/5), untuk membahas proyek pembangkit listrik tenaga air."),
    ("043", ["KEN"], ["ITA"], "Presiden Kenya William Ruto menerima kunjungan Perdana Menteri Italia Giorgia Meloni di Nairobi, Rabu (14/5)."),
    ("044", ["RUS", "USA"], ["USA", "RUS"], "Menteri Luar Negeri Rusia Sergei Lavrov mengadakan pertemuan dengan Menteri Luar Negeri Amerika Serikat di Riyadh, Arab Saudi, Senin (12/5)."),
    ("045", ["NOR"], ["COL"], "Norwegia menengahi perundingan antara pemerintah Kolombia dan kelompok pemberontak ELN di Oslo, Selasa (13/5)."),
    ("046", ["GBR", "IGOEU"], ["IGOEU", "GBR"], "Delegasi Inggris dan Uni Eropa berunding mengenai perjanjian perikanan di Brussel, Rabu (14/5)."),
    ("050", ["CAN"], ["MEX"], "Pemerintah Kanada menjalin kerja sama diplomatik yang lebih erat dengan Meksiko menjelang perundingan dagang dengan Amerika Serikat, Senin (12/5)."),
    ("051", ["JPN"], ["IDN"], "Menteri Luar Negeri Jepang menyampaikan pujian kepada Indonesia atas perannya dalam upaya perdamaian di Myanmar, Selasa (13/5)."),
    ("052", ["CHN"], ["KHM"], "Pemerintah China membela Kamboja dari tuduhan bahwa pangkalan angkatan laut Ream digunakan oleh militer China, Rabu (14/5)."),
    ("053", ["ZAF"], ["*"], "Afrika Selatan menggalang dukungan negara-negara Afrika bagi gugatannya di Mahkamah Internasional, Senin (12/5)."),
    ("054", ["ARM"], ["PSE"], "Pemerintah Armenia secara resmi mengakui Negara Palestina, kata Kementerian Luar Negeri Armenia di Yerevan, Selasa (13/5)."),
    ("055", ["MYS"], ["IDN"], "Kepolisian Malaysia meminta maaf kepada Indonesia atas tewasnya seorang pekerja migran dalam tahanan imigrasi di Sabah, Rabu (14/5)."),
    ("056", ["GHA"], ["NGA"], "Pemerintah Ghana memaafkan Nigeria atas penganiayaan pedagang Ghana di Lagos tahun lalu, kata Menteri Luar Negeri Ghana di Accra, Senin (12/5)."),
    ("057", ["IDN", "ARE"], ["ARE", "IDN"], "Indonesia dan Uni Emirat Arab menandatangani perjanjian kemitraan ekonomi komprehensif di Abu Dhabi, Selasa (13/5)."),
    ("060", ["MYS", "IDN"], ["IDN", "MYS"], "Petugas pemadam kebakaran Malaysia dan Indonesia bersama-sama memadamkan kebakaran lahan di perbatasan Kalimantan, Rabu (14/5)."),
    ("061", ["SAU", "PAK"], ["PAK", "SAU"], "Arab Saudi dan Pakistan meluncurkan proyek kilang minyak bersama senilai 10 miliar dolar AS di Gwadar, Senin (12/5)."),
    ("062", ["PHL", "USA"], ["USA", "PHL"], "Angkatan Laut Filipina dan Amerika Serikat menggelar latihan perang bersama di perairan dekat Palawan, Selasa (13/5)."),
    ("063", ["THA"], ["CHN"], "Thailand mengekstradisi seorang buronan kasus penipuan daring ke China, Rabu (14/5)."),
    ("064", ["JPN"], ["KOR"], "Badan intelijen Jepang berbagi informasi dengan Korea Selatan mengenai uji coba rudal Korea Utara, Senin (12/5)."),
    ("070", ["TUR"], ["SOM"], "Turki menyalurkan bantuan senilai 30 juta dolar AS kepada Somalia, kata lembaga bantuan pemerintah Turki, Selasa (13/5)."),
    ("071", ["JPN"], ["PHL"], "Jepang memberikan pinjaman lunak senilai 300 juta dolar AS kepada Filipina untuk pembangunan jalur kereta di Mindanao, Rabu (14/5)."),
    ("072", ["DEU"], ["UKR"], "Sistem pertahanan udara tambahan dikirimkan Jerman ke Ukraina pekan lalu, kata Kementerian Pertahanan Jerman di Berlin."),
    ("073", ["IDN"], ["AFG"], "Indonesia mengirimkan 20 ton bantuan kemanusiaan berupa obat-obatan dan makanan untuk korban gempa di Afghanistan, Senin (12/5)."),
    ("074", ["IDN"], ["LBN"], "Indonesia mengirimkan 800 personel TNI untuk bergabung dengan pasukan penjaga perdamaian PBB di Lebanon, Selasa (13/5)."),
    ("075", ["DEU"], ["BLR"], "Pemerintah Jerman memberikan suaka politik kepada seorang jurnalis asal Belarus, Rabu (14/5)."),
    ("080", ["SRB"], ["IGOEU"], "Pemerintah Serbia mengalah terhadap tekanan Uni Eropa dan menunda pemungutan suara atas undang-undang media, Senin (12/5)."),
    ("081", ["MMR"], ["*"], "Pemerintah Myanmar mencabut jam malam di Negara Bagian Rakhine, Selasa (13/5)."),
    ("082", ["BGD"], ["BGD", "*"], "Partai oposisi Bangladesh membatalkan unjuk rasa nasional terhadap pemerintah yang semula direncanakan pekan ini, Rabu (14/5)."),
    ("083", ["KEN"], ["KEN", "*"], "Pemerintah Kenya memenuhi tuntutan para pengunjuk rasa dan membatalkan rancangan undang-undang pajak, Senin (12/5)."),
    ("084", ["RUS"], ["USA"], "Dua warga negara Amerika Serikat dibebaskan Rusia dalam pertukaran tahanan, Selasa (13/5)."),
    ("085", ["IGOEU"], ["SYR"], "Uni Eropa mencabut sanksi ekonomi terhadap Suriah di sektor energi dan perbankan, Rabu (14/5)."),
    ("086", ["MMR"], ["IGOSEAASN"], "Pemerintah Myanmar mengizinkan tim pemantau ASEAN memasuki wilayah Rakhine, Senin (12/5)."),
    ("087", ["IND"], ["CHN"], "India menarik pasukannya dari titik sengketa di perbatasan dengan China di Ladakh, Selasa (13/5)."),
    ("090", ["KOR"], ["CHN", "*"], "Pemerintah Korea Selatan menyelidiki penyebab tenggelamnya kapal nelayan China di Laut Kuning, Rabu (14/5)."),
    ("091", ["IDN"], ["IDN"], "Komisi Pemberantasan Korupsi (KPK) memeriksa mantan menteri perdagangan terkait dugaan korupsi impor gula, Senin (12/5)."),
    ("092", ["IGOUNO"], ["BGD"], "PBB menyelidiki dugaan pelanggaran hak asasi manusia oleh pasukan keamanan Bangladesh selama unjuk rasa mahasiswa, Selasa (13/5)."),
    ("093", ["GBR"], ["*"], "Kementerian Pertahanan Inggris menyelidiki serangan udara koalisi yang menewaskan warga sipil di Yaman, Rabu (14/5)."),
    ("094", ["UKR"], ["RUS"], "Jaksa Ukraina menyelidiki dugaan kejahatan perang oleh tentara Rusia di wilayah Kharkiv, Senin (12/5)."),
    ("100", ["PAK"], ["IND"], "Pakistan menuntut India menghormati Perjanjian Perairan Indus, Selasa (13/5)."),
    ("101", ["AUS"], ["CHN"], "Australia menuntut China menjelaskan insiden pencegatan pesawat patroli Australia oleh jet tempur China, Rabu (14/5)."),
    ("102", ["UKR"], ["IGOEU"], "Ukraina mendesak negara-negara Uni Eropa untuk mendukung keanggotaannya di NATO, Senin (12/5)."),
    ("103", ["HTI"], ["IGOUNO"], "Pemerintah Haiti menuntut PBB segera mengirimkan pasukan keamanan tambahan ke Port-au-Prince, Selasa (13/5)."),
    ("104", ["IGOEU"], ["GEO"], "Parlemen Eropa menuntut Georgia mencabut undang-undang agen asing, Rabu (14/5)."),
    ("105", ["COD"], ["AGO"], "Pemerintah Kongo mendesak Angola untuk menjadi penengah dalam konflik dengan Rwanda, Senin (12/5)."),
    ("106", ["SOM"], ["ETH"], "Somalia menuntut Ethiopia menarik pasukannya dari wilayah Somalia, Selasa (13/5)."),
    ("107", ["IGOUNO"], ["SDN"], "Dewan Keamanan PBB menuntut gencatan senjata segera di Sudan, Rabu (14/5)."),
    ("108", ["KOR"], ["PRK"], "Korea Selatan menuntut Korea Utara kembali ke meja perundingan, Senin (12/5)."),
    ("110", ["IDN"], ["AUS"], "Pemerintah Indonesia menyesalkan keputusan Australia mengurangi kuota visa bagi pelajar Indonesia, Selasa (13/5)."),
    ("111", ["TUR"], ["ISR"], "Serangan Israel terhadap kamp pengungsi di Rafah dikecam oleh Menteri Luar Negeri Turki, Rabu (14/5)."),
    ("112", ["KHM"], ["THA"], "Kamboja menuduh Thailand melanggar wilayah udaranya, kata Kementerian Pertahanan Kamboja, Senin (12/5)."),
    ("113", ["IRN"], ["USA"], "Iran menggalang negara-negara Teluk untuk menentang kehadiran militer Amerika Serikat di kawasan, Selasa (13/5)."),
    ("114", ["PHL"], ["CHN"], "Filipina melayangkan protes diplomatik kepada China atas tindakan kapal penjaga pantai China di Beting Scarborough, Rabu (14/5)."),
    ("115", ["BOL"], ["CHL"], "Bolivia menggugat Chili ke Mahkamah Internasional atas pemanfaatan air Sungai Lauca, Senin (12/5)."),
    ("116", ["RUS"], ["FRA"], "Pengadilan Rusia pekan lalu menjatuhkan vonis 15 tahun penjara kepada seorang warga negara Prancis atas tuduhan spionase."),
    ("120", ["PRK"], ["*"], "Korea Utara menolak pernyataan bersama negara-negara G7 mengenai program nuklirnya, Selasa (13/5)."),
    ("121", ["ITA"], ["CHN"], "Pemerintah Italia menolak bergabung dengan proyek Sabuk dan Jalan China, Rabu (14/5)."),
    ("122", ["DEU"], ["UKR"], "Permintaan Ukraina akan rudal jelajah Taurus ditolak oleh Jerman, Senin (12/5)."),
    ("123", ["CUB"], ["IGOEU"], "Pemerintah Kuba menolak tuntutan Uni Eropa untuk membebaskan tahanan politik dan menggelar pemilu multipartai, Selasa (13/5)."),
    ("124", ["VEN"], ["*"], "Venezuela menolak mundur dari klaimnya atas wilayah Essequibo meski mendapat tekanan dari Brasil, Rabu (14/5)."),
    ("125", ["PRK"], ["JPN"], "Korea Utara menolak tawaran Jepang untuk menggelar pertemuan tingkat tinggi, Senin (12/5)."),
    ("126", ["IND"], ["USA"], "India menolak tawaran Amerika Serikat untuk menengahi sengketa Kashmir dengan Pakistan, Selasa (13/5)."),
    ("127", ["AZE"], ["ARM"], "Pemerintah Azerbaijan menolak rancangan perjanjian damai yang diajukan Armenia, Rabu (14/5)."),
    ("128", ["HUN"], ["IGOEU"], "Hungaria mengabaikan putusan Mahkamah Uni Eropa soal penampungan pencari suaka, Senin (12/5)."),
    ("129", ["RUS"], ["IGOUNO", "*"], "Rusia memveto rancangan resolusi Dewan Keamanan PBB tentang Sudan, Selasa (13/5)."),
    ("130", ["TUR"], ["GRC"], "Presiden Turki Recep Tayyip Erdogan mengancam Yunani atas rencana perluasan wilayah perairannya di Laut Aegea, Rabu (14/5)."),
    ("131", ["DZA"], ["ESP"], "Aljazair mengancam akan menarik duta besarnya dari Spanyol jika Madrid tetap mendukung rencana otonomi Maroko, Senin (12/5)."),
    ("132", ["RUS"], ["EST"], "Rusia mengancam akan melarang penerbangan maskapai Estonia melintasi wilayah udaranya, Selasa (13/5)."),
    ("133", ["ARG"], ["ARG"], "Serikat pekerja Argentina mengancam akan menggelar aksi protes besar-besaran terhadap kebijakan penghematan pemerintah, Rabu (14/5)."),
    ("134", ["IRN"], ["USA"], "Iran mengancam akan menghentikan perundingan nuklir dengan Amerika Serikat jika sanksi baru dijatuhkan, Senin (12/5)."),
    ("135", ["QAT"], ["ISR", "*"], "Qatar mengancam akan menghentikan perannya sebagai mediator antara Israel dan Hamas, Selasa (13/5)."),
    ("136", ["MLI"], ["IGOUNO"], "Pemerintah Mali mengancam akan mengusir pasukan penjaga perdamaian PBB dari wilayahnya, Rabu (14/5)."),
    ("137", ["NER"], ["NER", "*"], "Junta militer Niger mengancam akan membubarkan secara paksa setiap unjuk rasa di Niamey, Senin (12/5)."),
    ("138", ["PRK"], ["KOR"], "Korea Utara mengancam akan melancarkan serangan militer terhadap Korea Selatan, Selasa (13/5)."),
    ("139", ["UKR"], ["BLR"], "Ukraina memberikan ultimatum kepada Belarus untuk menarik pasukannya dari perbatasan dalam 48 jam, Rabu (14/5)."),
    ("140", ["GEO"], ["GEO", "*"], "Kelompok oposisi Georgia melancarkan aksi pembangkangan sipil terhadap pemerintah di Tbilisi, Senin (12/5)."),
    ("141", ["IDN", "*"], ["USA"], "Ribuan pengunjuk rasa berdemonstrasi di depan Kedutaan Besar Amerika Serikat di Jakarta, Selasa (13/5)."),
    ("142", ["PSE"], ["ISR", "*"], "Puluhan tahanan Palestina di penjara Israel melakukan mogok makan, Rabu (14/5)."),
    ("143", ["FRA"], ["FRA", "*"], "Para pengemudi truk di Prancis melakukan mogok kerja nasional untuk menentang kenaikan harga bahan bakar, Senin (12/5)."),
    ("144", ["POL"], ["UKR", "*"], "Petani Polandia memblokade perbatasan dengan Ukraina untuk memprotes impor gandum, Selasa (13/5)."),
    ("145", ["MOZ"], ["MOZ", "*"], "Ratusan pendukung oposisi di Mozambik terlibat kerusuhan dan membakar kantor polisi di Maputo, Rabu (14/5)."),
    ("150", ["CHN"], ["TWN"], "China mengerahkan kapal perang ke perairan dekat Taiwan dalam unjuk kekuatan militer, Senin (12/5)."),
    ("151", ["THA"], ["*"], "Kepolisian Thailand meningkatkan status siaga di Bangkok menjelang sidang putusan mantan perdana menteri, Selasa (13/5)."),
    ("152", ["KOR"], ["PRK", "*"], "Militer Korea Selatan meningkatkan status siaga tempur setelah Korea Utara meluncurkan rudal, Rabu (14/5)."),
    ("153", ["KEN"], ["KEN", "*"], "Pemerintah Kenya mengerahkan ribuan polisi ke Nairobi untuk mengamankan aksi unjuk rasa, Senin (12/5)."),
    ("154", ["RUS"], ["FIN"], "Rusia mengerahkan puluhan ribu tentara ke perbatasan dengan Finlandia, Selasa (13/5)."),
    ("160", ["BFA"], ["FRA"], "Pemerintah Burkina Faso memangkas kerja sama dengan Prancis di bidang pendidikan dan kebudayaan, Rabu (14/5)."),
    ("161", ["NIC"], ["NLD"], "Pemerintah Nikaragua memutuskan hubungan diplomatik dengan Belanda, Senin (12/5)."),
    ("162", ["USA"], ["KHM"], "Amerika Serikat menghentikan bantuan ekonomi kepada Kamboja, Selasa (13/5)."),
    ("163", ["GBR"], ["IRN"], "Lima pejabat Iran dijatuhi sanksi oleh Inggris terkait pelanggaran hak asasi manusia, Rabu (14/5)."),
    ("164", ["IGOEU"], ["THA"], "Uni Eropa menghentikan perundingan perdagangan bebas dengan Thailand, Senin (12/5)."),
    ("165", ["KEN"], ["SSD"], "Pemerintah Kenya menghentikan mediasinya dalam konflik Sudan Selatan, Selasa (13/5)."),
    ("166", ["BDI"], ["IGOUNO"], "Pemerintah Burundi mengusir tim pemantau hak asasi manusia PBB dari negaranya, Rabu (14/5)."),
    ("170", ["NIC"], ["*"], "Pemerintah Nikaragua memaksa ratusan organisasi nonpemerintah asing menghentikan kegiatannya, Senin (12/5)."),
    ("171", ["IRN"], ["PAN"], "Sebuah kapal tanker berbendera Panama disita otoritas Iran di Selat Hormuz, Selasa (13/5)."),
    ("172", ["RUS"], ["DEU"], "Pemerintah Rusia mencabut akreditasi dua jurnalis Jerman, Rabu (14/5)."),
    ("173", ["MYS"], ["IDN"], "Sebanyak 30 warga negara Indonesia ditangkap polisi Malaysia di Johor, Senin (12/5), karena diduga bekerja tanpa izin."),
    ("174", ["USA"], ["GTM"], "Sebanyak 200 warga Guatemala dideportasi oleh pemerintah Amerika Serikat, Selasa (13/5)."),
    ("175", ["IRN"], ["IRN"], "Aparat keamanan Iran menindak keras unjuk rasa di kota Zahedan dengan gas air mata dan peluru tajam, Rabu (14/5)."),
    ("180", ["SOM", "*"], ["SOM"], "Kelompok bersenjata Al-Shabaab menyerang pangkalan militer Somalia di wilayah Hiran, Senin (12/5)."),
    ("181", ["NGA", "*"], ["NGA"], "Kelompok bersenjata di Nigeria menculik 40 siswa dari sebuah sekolah di negara bagian Kaduna, Selasa (13/5)."),
    ("182", ["GRC"], ["SYR"], "Penjaga perbatasan Yunani memukuli sejumlah migran asal Suriah di dekat Sungai Evros, Rabu (14/5)."),
    ("183", ["PAK", "*"], ["PAK"], "Militan Tehrik-i-Taliban Pakistan meledakkan bom mobil di depan kantor polisi di Peshawar, Senin (12/5)."),
    ("184", ["ISR"], ["PSE"], "Tentara Israel menggunakan warga Palestina sebagai tameng manusia dalam operasi di Jenin, Selasa (13/5)."),
    ("185", ["*"], ["BFA"], "Sebuah kelompok militan berupaya membunuh Menteri Dalam Negeri Burkina Faso dalam penyergapan di Ouagadougou, Rabu (14/5)."),
    ("186", ["ISR"], ["LBN"], "Israel membunuh seorang komandan senior Hizbullah di pinggiran selatan Beirut dalam serangan terarah, Senin (12/5)."),
    ("190", ["MMR"], ["MMR", "*"], "Tentara Myanmar melancarkan serangan militer terhadap kelompok pemberontak Tentara Arakan di Rakhine, Selasa (13/5)."),
    ("191", ["AZE"], ["ARM"], "Militer Azerbaijan memblokade jalan utama menuju perbatasan Armenia, Rabu (14/5)."),
    ("192", ["RUS"], ["UKR"], "Pasukan Rusia menduduki dua desa di wilayah Sumy, Ukraina, Senin (12/5)."),
    ("193", ["IND", "PAK"], ["PAK", "IND"], "Tentara India dan Pakistan saling tembak di sepanjang Garis Kontrol di Kashmir, Selasa (13/5)."),
    ("194", ["ARM"], ["AZE"], "Pasukan Armenia menembakkan artileri ke posisi tentara Azerbaijan di perbatasan, Rabu (14/5)."),
    ("195", ["TUR"], ["IRQ", "*"], "Pesawat tempur Turki membom posisi militan Kurdi di Irak utara, Senin (12/5)."),
    ("196", ["COD"], ["COD", "*"], "Pasukan Kongo melanggar gencatan senjata dengan menyerang posisi pemberontak M23 di Kivu Utara, Selasa (13/5)."),
    ("200", ["SDN", "*"], ["SDN"], "Pasukan Dukungan Cepat (RSF) melakukan kekerasan massal terhadap warga sipil di El Fasher, Sudan, Rabu (14/5)."),
    ("201", ["PAK"], ["AFG"], "Pemerintah Pakistan melakukan pengusiran massal terhadap ratusan ribu pengungsi Afghanistan, Senin (12/5)."),
    ("202", ["*"], ["BFA"], "Kelompok bersenjata membantai lebih dari 100 penduduk desa di Burkina Faso utara, Selasa (13/5)."),
    ("203", ["SDN", "*"], ["SDN"], "Milisi Arab melakukan pembersihan etnis terhadap suku Masalit di Darfur Barat, Sudan, Rabu (14/5)."),
    ("204", ["SYR"], ["SYR"], "Pasukan pemerintah Suriah menggunakan senjata kimia dalam serangan di pinggiran Damaskus, Senin (12/5)."),
]

# The table leaves the appeals (root 02) without a PLOVER type; PLOVER files them under REQUEST, and its gold records
# accept roots 10 and 02 for REQUEST. The statements (root 01) have no PLOVER type and are scored by root alone.
APPEAL_TYPE = {"02": "REQUEST"}

# Further events of a sentence, by code: (sources, targets, roots or None for the code's own, optional). A second target
# named by a conjunction is a second required event (the scorer matches one target per event); the other direction of a
# joint act (X dan Y menandatangani, X bertemu dengan Y) and a second act the sentence also asserts are optional.
RECIPROCAL = ["040", "044", "046", "057", "060", "061", "062", "193"]
MORE = {
    "016": [(["USA"], ["IRN"], ["11"], True)],
    "026": [(["TUR"], ["AZE"], None, False)],
    "027": [(["IDN"], ["THA"], None, False)],
    "028": [(["QAT"], ["ERI"], None, False)],
    "039": [(["TUR"], ["AFG"], None, False)],
    "043": [(["ITA"], ["KEN"], None, True)],
    "064": [(["KOR"], ["JPN"], None, True)],
    "111": [(["ISR"], ["PSE", "*"], ["18", "19", "20"], True)],
    "152": [(["PRK"], ["*"], ["15"], True)],
}

# Sentences that must not yield an asserted event: (sources, roots, sentence, why).
TRAPS = [
    (["JPN"], ["07"], "Pemerintah Jepang belum memberikan bantuan kepada Myanmar, kata seorang pejabat di Tokyo, Senin (12/5).", "not yet (belum)"),
    (["IND"], ["16", "17"], "Menteri Luar Negeri India menegaskan negaranya tidak akan menjatuhkan sanksi terhadap Rusia, Selasa (13/5).", "negated future (tidak akan)"),
    (["FRA"], ["04"], "Presiden Prancis akan mengunjungi Vietnam bulan depan, kata Istana Elysee, Rabu (14/5).", "future visit (akan): an intent, not a visit"),
    (["THA"], ["16", "17"], "Belum jelas apakah Thailand akan menutup perbatasannya dengan Kamboja, Senin (12/5).", "open question (apakah)"),
    (["MYS"], ["17"], "Polisi Malaysia tidak menangkap satu pun warga Indonesia dalam razia di Johor, Selasa (13/5).", "negated (tidak)"),
    (["IGOEU"], ["08"], "Uni Eropa belum memutuskan apakah akan mencabut sanksi terhadap Belarus, Rabu (14/5).", "undecided (belum ... apakah)"),
]


def code_table():
    with open(CODES, encoding="utf-8") as f:
        return {row["code"]: row for row in csv.DictReader(f, delimiter="\t")}


def date_of(text):
    match = re.search(r"\((\d{1,2})/(\d{1,2})\)", text)
    return [f"2025-{int(match.group(2)):02d}-{int(match.group(1)):02d}"] if match else None


def evidence(text):
    return text.split(",")[0][:40].rstrip()


def main():
    table = code_table()
    three_digit = sorted(c for c, row in table.items() if row["level"] == "3")
    written = [code for code, *_ in S]
    assert written == sorted(written) and len(set(written)) == len(written), "one row per code, in code order"
    missing = sorted(set(three_digit) - set(written))
    assert not missing, f"codes without a sentence: {missing}"
    docs = []
    for code, src, tgt, text in S:
        row = table[code]
        plover = row["plover_event"].strip() or APPEAL_TYPE.get(row["root"], "")
        roots = sorted(set(ROOTS_OF_PLOVER.get(plover, [])) | {row["root"]})
        event = {"src": src, "tgt": tgt, "roots": roots}
        if plover:
            event["plover"] = [plover]
        if date_of(text):
            event["date"] = date_of(text)
        event["sentence_contains"] = evidence(text)
        event["optional"] = False
        events = [event]
        more = list(MORE.get(code, []))
        if code in RECIPROCAL:
            more.append((tgt, src, None, True))
        for more_src, more_tgt, more_roots, optional in more:
            events.append(dict(event, src=more_src, tgt=more_tgt, roots=more_roots or roots, optional=optional))
            if more_roots:
                events[-1].pop("plover", None)
        docs.append({"id": f"codebook-id-{code}", "lang": "id", "published": PUBLISHED, "text": text,
                     "events": events, "must_not": []})
    for n, (src, roots, text, why) in enumerate(TRAPS, 1):
        docs.append({"id": f"codebook-id-trap{n}", "lang": "id", "published": PUBLISHED, "text": text, "events": [],
                     "must_not": [{"src": src, "roots": roots, "sentence_contains": evidence(text), "why": why}]})
    with open(os.path.join(HERE, "codebook.id.json"), "w", encoding="utf-8") as f:
        json.dump(docs, f, ensure_ascii=False, indent=1)
        f.write("\n")
    print(f"{len(docs)} documents ({len(S)} codes, {len(TRAPS)} traps)")


if __name__ == "__main__":
    main()
