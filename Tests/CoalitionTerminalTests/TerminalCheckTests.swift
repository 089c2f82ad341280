import CoalitionTerminal
import Testing

/// Whether the dashboard may draw boxes: the locale the environment asks for, as the C library
/// reads it (LC_ALL, then LC_CTYPE, then LANG; an empty value counts as unset).
@Suite struct LocaleTests {
    @Test(arguments: ["C.UTF-8", "en_US.UTF-8", "de_DE.utf8", "fr_FR.Utf-8"])
    func utf8Locales(name: String) {
        #expect(localeIsUTF8(environment: ["LANG": name]))
    }

    @Test(arguments: ["", "C", "POSIX", "en_US", "en_US.ISO-8859-1", "ja_JP.eucJP"])
    func otherLocales(name: String) {
        #expect(!localeIsUTF8(environment: ["LANG": name]))
    }

    @Test func lcAllWinsOverLcCtypeWhichWinsOverLang() {
        #expect(!localeIsUTF8(environment: ["LC_ALL": "C", "LC_CTYPE": "C.UTF-8", "LANG": "C.UTF-8"]))
        #expect(localeIsUTF8(environment: ["LC_CTYPE": "C.UTF-8", "LANG": "C"]))
        #expect(!localeIsUTF8(environment: ["LC_CTYPE": "C", "LANG": "C.UTF-8"]))
    }

    @Test func anEmptyVariableCountsAsUnset() {
        #expect(localeIsUTF8(environment: ["LC_ALL": "", "LC_CTYPE": "", "LANG": "C.UTF-8"]))
    }

    @Test func noLocaleAtAllIsNotUTF8() {
        #expect(!localeIsUTF8(environment: [:]))
    }
}

/// Every reason the dashboard cannot start points to what works without a terminal.
@Suite struct TerminalUnavailableTests {
    @Test(arguments: [TerminalUnavailable.outputNotTerminal, .inputNotTerminal, .termUnset, .dumbTerminal,
                      .unknownTerminal("vt-nonsense")])
    func theMessageNamesTheWayOut(reason: TerminalUnavailable) {
        #expect(reason.description.contains("coalition render"))
    }

    @Test func anUnknownTerminalIsNamed() {
        #expect(TerminalUnavailable.unknownTerminal("vt-nonsense").description.contains("\"vt-nonsense\""))
    }
}
