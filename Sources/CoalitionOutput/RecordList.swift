import CoalitionModel

/// The records a filter kept, still typed, so JSON can write the records themselves.
public enum RecordList: Sendable {
    case meetings([Meeting]), resolutions([Resolution]), sessions([FocusGroupSession]), members([Member])
}
