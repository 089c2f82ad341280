import CNcursesw
@testable import CoalitionTerminal
import CoalitionUI
import Testing

/// What `get_wch` returns, one key at a time, and the event the dashboard must receive. Escape
/// sequences reach `KeyMapping` already decoded by ncurses (keypad mode) as KEY_* codes; the
/// end-to-end suites check the bytes a terminal sends.
@Suite struct KeyMappingTests {
    private static func character(_ code: UInt32) -> InputEvent? {
        KeyMapping.event(status: OK, code: code)
    }

    private static func functionKey(_ code: Int32) -> InputEvent? {
        KeyMapping.event(status: shim_key_code_yes(), code: UInt32(code))
    }

    @Test(arguments: [
        (KEY_UP, Key.up), (KEY_DOWN, .down), (KEY_LEFT, .left), (KEY_RIGHT, .right),
        (KEY_PPAGE, .pageUp), (KEY_NPAGE, .pageDown), (KEY_HOME, .home), (KEY_END, .end),
        (KEY_ENTER, .enter), (KEY_BACKSPACE, .backspace), (KEY_BTAB, .backTab),
    ])
    func functionKeysMapToTheirKeys(code: Int32, key: Key) {
        #expect(Self.functionKey(code) == .key(key))
    }

    @Test func otherFunctionKeysAreIgnored() {
        let mapped: Set<Int32> = [KEY_UP, KEY_DOWN, KEY_LEFT, KEY_RIGHT, KEY_PPAGE, KEY_NPAGE, KEY_HOME,
                                  KEY_END, KEY_ENTER, KEY_BACKSPACE, KEY_BTAB]
        // Every code curses can report as a key, F1 to F63, Insert and Delete among them.
        for code in KEY_MIN...KEY_MAX where !mapped.contains(code) {
            #expect(Self.functionKey(code) == nil, "KEY code \(code)")
        }
    }

    @Test(arguments: [(UInt32(9), Key.tab), (10, .enter), (13, .enter), (27, .escape), (8, .backspace), (127, .backspace)])
    func controlCharactersWithAMeaning(code: UInt32, key: Key) {
        #expect(Self.character(code) == .key(key))
    }

    @Test func otherControlLettersAreControlKeys() {
        let named: Set<UInt32> = [8, 9, 10, 13]
        for code in UInt32(1)...26 where !named.contains(code) {
            let letter = Character(Unicode.Scalar(UInt8(ascii: "a") + UInt8(code - 1)))
            #expect(Self.character(code) == .key(.control(letter)), "code \(code)")
        }
    }

    @Test func controlCharactersWithoutAKeyAreIgnored() {
        for code: UInt32 in [0, 28, 29, 30, 31] {
            #expect(Self.character(code) == nil, "code \(code)")
        }
    }

    @Test(arguments: ["q", " ", "/", "~", "é", "ß", "東", "한", "🛠"])
    func printableCharactersArriveAsTyped(text: String) throws {
        let scalar = try #require(text.unicodeScalars.first)
        #expect(Self.character(scalar.value) == .key(.character(Character(scalar))))
    }

    @Test func codesThatAreNoCharacterAreIgnored() {
        // A lone surrogate and values past U+10FFFF are not Unicode scalars.
        for code: UInt32 in [0xD800, 0xDFFF, 0x11_0000, UInt32.max] {
            #expect(Self.character(code) == nil, "code \(code)")
        }
    }

    @Test func nothingReadIsNoEvent() {
        #expect(KeyMapping.event(status: ERR, code: 0) == nil)
        #expect(KeyMapping.event(status: ERR, code: UInt32(KEY_UP)) == nil)
    }
}

/// What `getmouse` reports and the event the dashboard receives.
@Suite struct MouseMappingTests {
    @Test func thePressOrClickOfTheFirstButtonIsAPressWhereItHappened() {
        #expect(KeyMapping.mouse(buttons: shim_button1_pressed(), x: 9, y: 4) == .mouse(x: 9, y: 4, button: .press))
        #expect(KeyMapping.mouse(buttons: shim_button1_clicked(), x: 0, y: 0) == .mouse(x: 0, y: 0, button: .press))
    }

    @Test func buttonsFourAndFiveAreTheWheel() {
        #expect(KeyMapping.mouse(buttons: shim_button4_pressed(), x: 3, y: 7) == .mouse(x: 3, y: 7, button: .wheelUp))
        #expect(KeyMapping.mouse(buttons: shim_button5_pressed(), x: 3, y: 7) == .mouse(x: 3, y: 7, button: .wheelDown))
    }

    @Test func aWheelTurnWinsOverAPressReportedWithIt() {
        let both = shim_button1_pressed() | shim_button5_pressed()
        #expect(KeyMapping.mouse(buttons: both, x: 1, y: 1) == .mouse(x: 1, y: 1, button: .wheelDown))
    }

    @Test func everyOtherReportIsIgnored() {
        let wanted = shim_mouse_mask_wanted()
        #expect(KeyMapping.mouse(buttons: 0, x: 1, y: 1) == nil)
        // Releases, other buttons, modifiers and motion: each bit curses may set on its own.
        for bit in 0..<(MemoryLayout<mmask_t>.size * 8) {
            let buttons = mmask_t(1) << mmask_t(bit)
            guard buttons & wanted == 0 else { continue }
            #expect(KeyMapping.mouse(buttons: buttons, x: 1, y: 1) == nil, "bit \(bit)")
        }
    }
}
