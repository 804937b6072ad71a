"""The three blind corpora are built exactly as when their figures were measured.

A blind corpus must not change after it was scored (tests/owner_surveys_blind*.py): not
its wording, its truth, nor the files its builders make. Recorded on 2026-11-30 before
their builders were folded into one module (tests/owner_surveys_blind_common.py):
every survey's file bytes (an .xlsx file member by member, without the creation and
modification times openpyxl stamps into docProps/core.xml), its ground truth, coded
answers and wording, and each corpus's single-question list. A change here is a changed
corpus, not a refactoring.
"""

from __future__ import annotations

import hashlib
import io
import json
import re
import zipfile

import pytest

from . import owner_surveys_blind, owner_surveys_blind2, owner_surveys_blind3
from .owner_surveys import OwnerSurvey

#: name -> (file name, language, file bytes, truth, coded answers, wording), SHA-256 each
RECORDED = {
    "blind-batik-grid-id": (
        "blind-batik-grid-id.csv",
        "id",
        "bc1eb08017b342406e3a8fbde8be04d984f0863b54ae407a164a0e5fdd57cde8",
        "d69c8ef7fbb3f5778af23a2c152b679ff0d1e1edd6ffaa27af1105d8aaa80160",
        "2557c1ddd549baad9b906a5946a44f64b4e8c8aa52c65bad625930854a8bd1ca",
        "3133abe5d8588b3c46d8200537b0123b069d5b8817929b4f72c1c51d1d395777",
    ),
    "blind-cosmetics-shuffled-id": (
        "blind-cosmetics-shuffled-id.csv",
        "id",
        "9d1821c329a4eda259d12be29d44a22e627c7fb6d968ade889febe34e8b7e560",
        "38f9833f627e41158592fa970845038cd11a64af7e377a343c3cca67341337ff",
        "ff5fd174981a1e391a1d60d159e5ffd34e8cf7e32541716d89a7f9211daef546",
        "b414492e3ddd4483c21865a18b652d39924aa2b5619e96353b46b60a91e6954d",
    ),
    "blind-electronics-msforms-en": (
        "blind-electronics-msforms-en.xlsx",
        "en",
        "xlsx:36d3d8b363144a5be52a8561211d531e1db26a749aa9d9a832a255ab03b775bf",
        "09e833ddb3f67db9e2fd202bc55f7ea4fdb96dbf47825f2e3beda6453a131d4c",
        "46829c9cf4fc6dc40b0290874b91ffca8ed9e4e2fccb577ef8d5039423cdc01b",
        "4be492fb10e7abe29e3e0927d6cefe3ad85b03ecf114be3db1ee7d4bee17ccc4",
    ),
    "blind-fashion-google-id": (
        "blind-fashion-google-id.csv",
        "id",
        "c629bd16f4386183c978eef12291d654bc2eabacce471824a55804cf21cb0d25",
        "e33456df58d944052cdd298dc176fdbb3611deb31bcfb6da73c9f1c13ab46924",
        "ad1dcd573e7799a4c5bc2b3b9b5fa6ff1dfe33e2885ab07fe2dff2c3ad23872c",
        "28efc562434bb415a50dc4fff679355e4b375b5a9e8c3822814f9bd4e576542a",
    ),
    "blind-food-grid-en": (
        "blind-food-grid-en.xlsx",
        "en",
        "xlsx:30cb63f28b58114c3e4f7d5296dcd84651e3fdfc70da0a9922e8ff82011fe08d",
        "cb2f285725a6396d02b8bbde423375cf01f8549df525cd42cf818f900b984ac1",
        "64a6d24ae0a3796b9b410a46e7bb75e85b5f7c8c3ec26103ba1579caa6c88b47",
        "b172bf8c4130cafa453d58aebcf1e10336eda6270357cbd268aab84263e36b38",
    ),
    "blind-petfood-shuffled-en": (
        "blind-petfood-shuffled-en.xlsx",
        "en",
        "xlsx:85f736414ddc177db42f7f54c700f378be45dce96ff3710e4f541880a5c18139",
        "4f8fa4c8c20b2adbc0f9ab4e6700e43689314215b4b165b1e91b33acd070a15d",
        "5da4cb42468f48efcf989219d5f9393daef1794a288546d9a3cab4552356037d",
        "7c05c065db5ca6dfc7b53ba33c5828e09948934d609b75e6c6d28b9696571ef0",
    ),
    "blind-plants-kobo-mixed": (
        "blind-plants-kobo-mixed.csv",
        "id",
        "46cff22e5faa8f7d775f9a3dc0040955485ac6e608feda5497e10b7edd4e3047",
        "bfdcca07736c892527c6f7bfd62a95633a7e697ededa9cfad71ffcb9c3c7f7dd",
        "dad908e2771ae71ef6c846b0348c04f372dd6f10396ed0570966b17669c5a8a5",
        "a801cd32a63f6eec012ba236071c7d6d161772ea0477c7db4a77255708e0ec02",
    ),
    "blind-toys-surveymonkey-id": (
        "blind-toys-surveymonkey-id.xlsx",
        "id",
        "xlsx:14fef576074a7f86be824f760a2958071cae1b5d86dce130d32d90d77ef95249",
        "80352e43a5d07b60f16e728b8989797457b6980a8545e11169809ff53c542947",
        "ccd337b302600876d56ee4f83f6ecf7e4439a959984162718092f079fb4508bc",
        "4010f0ae7468dc978e91cb3c1169c8449ecd9addeca1f1039eddda36ca094e31",
    ),
    "blind2-bike-msforms-en": (
        "blind2-bike-msforms-en.xlsx",
        "en",
        "xlsx:bb0fae2aec8bf86e6055449cfdda93c79c708e6e5435d78fe9ff098c9483f764",
        "cc8ad456d91d20606458d6f0413f8a1dcf37d05dae40c8430ab062278f961799",
        "90f06c34fa94d419307cccab5f85255a1cb319c7b4975f2865978d9a4a80829b",
        "697e616ce5ae77f58b1887a70fc59c97b7587018bdbb0dd5b664e6203e5883eb",
    ),
    "blind2-books-surveymonkey-en": (
        "blind2-books-surveymonkey-en.xlsx",
        "en",
        "xlsx:95d631c59d0b1d4f8e9fd6a6c9a5bb42e0c08c65dfade17885296a195ce620cf",
        "1dd67958ce175a86c4106a0e77725947ad9bf25171fde72bc6ecb446d4e2adca",
        "b4588f08cb7639d6a22c5b4b768325ad7786b9fbe1d11469c6707db595d82187",
        "9354d67255a846227e97c0b3ab9194bb9aec0fa69dddd15c677326c60e00acf9",
    ),
    "blind2-coffee-google-id": (
        "blind2-coffee-google-id.csv",
        "id",
        "c2cd10805bfbd0977bd98025f8258b1a1d2817c234e9dcf4fa1ae611033c7847",
        "ae30f711a9807ce9c21354a906ea271e60c6fb91d8f2ac4c8b9ad0933128003b",
        "f2fab709ffcb5f07d9d2e4737c4e32ce3329f645db1e6b9d6cd019d1924aff18",
        "0743f57577363804c47ecd6a619b178b5dbf20644f150a499d57facb92eb179c",
    ),
    "blind2-herbal-google-id": (
        "blind2-herbal-google-id.csv",
        "id",
        "4becc9e8f9b54fbdb2cf6007f625cfc0c23f7e5413da89bf1e8df980105993d4",
        "33f7b5297d261c7e7b74bab46b0b3d651a6bbe6145ed26e744d5a97ebfa05724",
        "7cb61660535657b8e5324024695740135492044083e3f3d23ec91f941b80f2a3",
        "62881f402e06b67dd2c040c49163935a80f49ca8f11cb58e03c35109591d12a1",
    ),
    "blind2-hijab-grid-id": (
        "blind2-hijab-grid-id.xlsx",
        "id",
        "xlsx:8838d78d56925da9bbb609923108ee6aa4ba1e8a918c7a6edcd32bdab66f103d",
        "936943a0175e7a31a1fd96f4ae108fa8f939d46ffacedd3e18624e8d03cf663b",
        "f3a658236c69a76c2b07d0fda10bfc9d1003f890e793cf78dafe5c8d3e7ee542",
        "d9c832b8a4bff12b9c02a4112700d17752a422124a223e9899b0d4434076c705",
    ),
    "blind2-phonecase-google-en": (
        "blind2-phonecase-google-en.csv",
        "en",
        "cc228c8a65e09394c102bbae4e0c5a43807fd486ea3cbff883712d4aa331da87",
        "533bc7d65855de5e504d8a7ccdea1578f3703f2569bf7eb19d291a364e51cf8a",
        "8d13f7c2a249392373534b9bf8daaf9baeb3bdd36d9ada013145109dc9b71291",
        "5d400d2486930b452e1e1cceedee97a90f7f9418d641d0253aede5628660c742",
    ),
    "blind2-sneakers-handmade-id": (
        "blind2-sneakers-handmade-id.xlsx",
        "id",
        "xlsx:3f50b8e7fee7219187bbc4a1cd4658c738fcb83b2ae4e5a88fce143c9e0eaf29",
        "5b0e5eeeb7addcf2b4d8d9ac821087c0d65ec66ef32030561efdff72165aa3ee",
        "f4fcd23e46aef1e5be2bb074703734e112dd20b36cdceb1c0c4eac36aaa7f5a9",
        "eaac0933eea04cee356395fdb0ebb8a1d936c421fd70ed4435d98398acfccfae",
    ),
    "blind2-soap-kobo-mixed": (
        "blind2-soap-kobo-mixed.csv",
        "id",
        "2713a4960a7e71138fc27ed8fbe5942e810431b61ad0d7f43799699f75878e85",
        "649de31ec8480c0fe3bd3a285a9c3e88a0e9c842b2f7d6e42f82582af58b690a",
        "d955ea921903cc531e38f230a98596489e102dac18d4f414214b7d957b46c721",
        "1a487890d53557c5b11e986f23d87dfae7c0f7287160220d6b34b514190719df",
    ),
    "blind3-baby-google-slang-id": (
        "blind3-baby-google-slang-id.csv",
        "id",
        "cec934454bb1e0f8af98ecdd9dc8da7a5e271ba3dbf536563502d07868ab1790",
        "dc4b699df8f45ffecc2be3420d74887acece5dd4fbe85c440d8d7af750ba5b0e",
        "6eda4968fd6121c6fe99bf1dcecf9617c52afe1a961f70683267df5554c84096",
        "090d63e3612825f87324f0768dfbff4ed4497598607ad4aa602e0e8c3ecc1524",
    ),
    "blind3-batiktulis-grid-id": (
        "blind3-batiktulis-grid-id.xlsx",
        "id",
        "xlsx:7289e62b54dfe673cdd1ed8650a98f3ed050a4fa0848d98a6526a3183d3af5e0",
        "a11ddaa4a6e8a6fe8f091fd7f8033fb69a92123ea5e1fd906cd124c8a28c3817",
        "f018f497725eac348f48c7c9cf0430de0395199b7c72a6e71a7d735602b7d603",
        "3db10b3763fb30a76d5e26d19d3e153ee8997b5b3171fa85f8e3395bce6ae19b",
    ),
    "blind3-bonsai-google-en": (
        "blind3-bonsai-google-en.csv",
        "en",
        "ba39917eeab4c109acc821b92422866f818b58abc48fa971c8575b5d65fb58b7",
        "c22acb49f58154009361f7c62be79ad1198e48b1d417118ea5f7ddddba3f3395",
        "90d8261b2de11a071e49452739c821e40720246edcb4df8550c5f4c92f3ab6d3",
        "1d3599db90934eded1a2a98050a635e0a60aa280e9c8ea944e679641e7aae5aa",
    ),
    "blind3-gaming-msforms-en": (
        "blind3-gaming-msforms-en.xlsx",
        "en",
        "xlsx:f9c19ecc1908f1b6c26503260d3f9b133ae235a82733f6c7b52898c291ebb1a3",
        "f1fcd84e8c27d570e3e42529ff70626ead893ad3460d5e182d30cfcc948c212a",
        "ce02460f3758f3317787ac7da04535014e82cc8735e589db92be0184a228477e",
        "8ab30661c7800bbaea07e66102f5c1b46da324c2ee2770083fa01c3be496ae6a",
    ),
    "blind3-grinders-surveymonkey-en": (
        "blind3-grinders-surveymonkey-en.xlsx",
        "en",
        "xlsx:9f52389c24dba05dbf4756349593387de65a7eb8e96d8935a6882a5df51d32ab",
        "ebbaa5f209c930e3d1fb9c9294d3031b21378c559af51c30380f21fb2b3f9ab0",
        "9bd5da301d27c615e6689e947ca15640c642d8320beac716c641a1eb3e18b1c9",
        "d3154364b97a53ce37feabdd720ee2f7d2b03c8afca15f49ff10d1478a80518f",
    ),
    "blind3-seafood-google-id": (
        "blind3-seafood-google-id.csv",
        "id",
        "982ec97349d22e261a0332b247dcad69df387264ede1ee674fadb4fef3b6f174",
        "c1d86aac3c1566f32b0adb3657f30c01ce6058a10cbd80f72d962dd8d849ac3d",
        "a6adfbd3aad2b34a796ebee4e19cd8029e6973406ec73c67a9c3070287473a8b",
        "924f4569eb4cabfcacdddd2983f093224fd0b777be70dfc73384929a99ae71f9",
    ),
    "blind3-vitamins-handmade-id": (
        "blind3-vitamins-handmade-id.xlsx",
        "id",
        "xlsx:8fc0a544ed32db400e45132343e1a4f50c782afe1e1f2e30c23bf560e028c7bc",
        "464681830d1cc4effe0904771b672e8b2728c4b983c06473b1c0ad33deda2429",
        "1421d8c7400704a3aaac98c2fe21619c2c1da731e61409360cec03b7477bc9bb",
        "b347887d0e1cec4d722ef0221412fae770a0bfe9eeb138080b7d0c77b634d193",
    ),
    "blind3-woven-kobo-mixed": (
        "blind3-woven-kobo-mixed.csv",
        "id",
        "c32c38b9c6db724ef8edb40b17a7343b3c433e34342d3fa1d490b321d91b4668",
        "91721aa23bb48a11305eaa9bbbb196f1c524ddf85637e77c730d814c10c33b33",
        "eaf9cc9d597e380dda54d94123d28746d99c743db6a4fdce8027ac271d3f5125",
        "eaa152065b1ddc0c647969111c810c664185b599ec903250aac4e979e6aa5c1c",
    ),
}
#: module -> SHA-256 of repr(single_questions())
SINGLE = {
    "owner_surveys_blind": "3bbe6bb63b65e509f0d1095b6635d2e2e2e5e967741e24bbf92975358abdac02",
    "owner_surveys_blind2": "8db9b6852294e466ec985029c7eb148b4bfb97287cb57b44b901420575c75de5",
    "owner_surveys_blind3": "06ebe7217fc51dc2f54a04140b772423e44388fc3f3226f0747b486e65757078",
}
MODULES = [owner_surveys_blind, owner_surveys_blind2, owner_surveys_blind3]


def _sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _file_digest(s: OwnerSurvey) -> str:
    if not s.file_name.endswith(".xlsx"):
        return _sha(s.raw)  # the exact bytes
    h = hashlib.sha256()
    with zipfile.ZipFile(io.BytesIO(s.raw)) as z:
        for info in z.infolist():
            data = z.read(info)
            if info.filename == "docProps/core.xml":  # the build's own date and time
                data = re.sub(rb"<dcterms:(created|modified)[^>]*>[^<]*</dcterms:\1>", b"", data)
            h.update(info.filename.encode() + b"\0" + data + b"\0")
    return "xlsx:" + h.hexdigest()


def fingerprint(s: OwnerSurvey) -> tuple[str, ...]:
    coded = s.coded.to_csv().encode() + repr(list(s.coded.dtypes)).encode()
    return (
        s.file_name,
        s.lang,
        _file_digest(s),
        _sha(json.dumps(s.truth, ensure_ascii=False).encode()),
        _sha(coded),
        _sha(json.dumps(s.wording, ensure_ascii=False).encode()),
    )


@pytest.mark.parametrize("module", MODULES, ids=lambda m: m.__name__.rsplit(".", 1)[-1])
def test_blind_corpus_is_built_as_when_it_was_scored(module) -> None:
    built = {s.name: fingerprint(s) for s in module.corpus()}
    assert built == {name: RECORDED[name] for name in built}
    assert len(built) == 8
    name = module.__name__.rsplit(".", 1)[-1]
    assert _sha(repr(module.single_questions()).encode()) == SINGLE[name]
