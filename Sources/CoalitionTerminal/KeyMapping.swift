import CNcursesw
import CoalitionUI

/// Turns what `get_wch` and `getmouse` returned into the UI core's events.
enum KeyMapping {
    static func event(status: Int32, code: UInt32) -> InputEvent? {
        if status == shim_key_code_yes() {
            return functionKey(Int32(code))
        }
        guard status == OK else { return nil }
        switch code {
        case 9: return .key(.tab)
        case 10, 13: return .key(.enter)
        case 27: return .key(.escape)
        case 8, 127: return .key(.backspace)
        case 1...26: return .key(.control(Character(Unicode.Scalar(code + 96)!)))
        case 0..<32: return nil
        default:
            guard let scalar = Unicode.Scalar(code) else { return nil }
            return .key(.character(Character(scalar)))
        }
    }

    /// A mouse report as `getmouse` gives it: the wheel first (a wheel turn is reported as a press
    /// of button 4 or 5), then a press or click of the first button; other buttons are ignored.
    static func mouse(buttons: mmask_t, x: Int, y: Int) -> InputEvent? {
        let button: MouseButton
        if buttons & shim_button4_pressed() != 0 { button = .wheelUp }
        else if buttons & shim_button5_pressed() != 0 { button = .wheelDown }
        else if buttons & (shim_button1_pressed() | shim_button1_clicked()) != 0 { button = .press }
        else { return nil }
        return .mouse(x: x, y: y, button: button)
    }

    private static func functionKey(_ code: Int32) -> InputEvent? {
        switch code {
        case KEY_UP: .key(.up)
        case KEY_DOWN: .key(.down)
        case KEY_LEFT: .key(.left)
        case KEY_RIGHT: .key(.right)
        case KEY_PPAGE: .key(.pageUp)
        case KEY_NPAGE: .key(.pageDown)
        case KEY_HOME: .key(.home)
        case KEY_END: .key(.end)
        case KEY_ENTER: .key(.enter)
        case KEY_BACKSPACE: .key(.backspace)
        case KEY_BTAB: .key(.backTab)
        default: nil
        }
    }
}
