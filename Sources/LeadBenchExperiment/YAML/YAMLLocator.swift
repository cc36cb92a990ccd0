import LeadBenchData
import Yams

/// Finds where a path of keys and indices lies in a composed YAML document, to give every mistake in
/// an experiment file its line.
struct YAMLLocator {
    let root: Node

    /// The line of `path`: of its key when `atKey` (an unknown key), else of its value; for a path that is
    /// not in the document (a missing key), the line of the deepest key or list item that is.
    func line(of path: [SpecPathElement], atKey: Bool) -> Int? {
        var node = root
        var line = root.mark?.line
        var enclosing = line
        for (depth, element) in path.enumerated() {
            let isLast = depth == path.count - 1
            switch element {
            case .key(let key):
                guard case .mapping(let mapping) = node,
                    let pair = mapping.first(where: { $0.key.string == key })
                else { return enclosing }
                if isLast && atKey { return pair.key.mark?.line ?? line }
                node = pair.value
                enclosing = pair.key.mark?.line ?? enclosing
                line = pair.value.mark?.line ?? enclosing
            case .index(let index):
                guard case .sequence(let sequence) = node, index < sequence.count else { return enclosing }
                node = sequence[sequence.index(sequence.startIndex, offsetBy: index)]
                line = node.mark?.line ?? line
                enclosing = line
            }
        }
        return line
    }

    /// The scalar text at `path`, when the path ends on a scalar.
    func scalar(at path: [SpecPathElement]) -> String? {
        var node = root
        for element in path {
            switch element {
            case .key(let key):
                guard case .mapping(let mapping) = node, let pair = mapping.first(where: { $0.key.string == key }) else { return nil }
                node = pair.value
            case .index(let index):
                guard case .sequence(let sequence) = node, index < sequence.count else { return nil }
                node = sequence[sequence.index(sequence.startIndex, offsetBy: index)]
            }
        }
        if case .scalar(let scalar) = node { return scalar.string }
        return nil
    }
}
