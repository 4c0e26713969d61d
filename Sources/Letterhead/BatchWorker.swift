// One worker's rendering: a job in, its PDF written atomically with the thread's own Renderer, a report row out.
import Foundation
import LetterheadModel

struct BatchWorker {
    let renderer: Renderer
    let outputDirectory: String
    let skipExisting: Bool
    let control: BatchControl

    /// The row for `job`, or nil when the batch was interrupted before its PDF was written.
    func process(_ job: BatchJob) -> BatchRow? {
        let started = DispatchTime.now().uptimeNanoseconds
        let output = job.output.isEmpty ? "" : (outputDirectory as NSString).appendingPathComponent(job.output)
        var row = BatchRow(source: job.source, output: output, status: .failed)
        guard render(job, into: &row) else { return nil }
        row.milliseconds = Double(DispatchTime.now().uptimeNanoseconds - started) / 1e6
        return row
    }

    /// Fills in the row's status, pages, bytes and diagnostics; false when interrupted before writing.
    private func render(_ job: BatchJob, into row: inout BatchRow) -> Bool {
        if skipExisting, !row.output.isEmpty, AtomicFile.isCompletePDF(at: row.output) {
            row.status = .skipped
            return true
        }
        let rendering: Rendering
        switch job.content {
        case .invalid(let messages):
            row.diagnostics = messages
            return true
        case .file(let path):
            switch Self.contents(of: path) {
            case .success(let data): rendering = renderer.layOut(bytes: data, file: path)
            case .failure(let error):
                row.diagnostics = [error.description]
                return true
            }
        case .inline(let data, let manifest, let line):
            rendering = Self.onManifestLine(renderer.layOut(bytes: data, file: manifest), manifest: manifest, line: line)
        }
        row.diagnostics = rendering.diagnostics.map(\.description)
        guard rendering.succeeded else {
            if row.diagnostics.isEmpty { row.diagnostics = ["\(job.source): the document has no pages"] }
            return true
        }
        let output = row.output, folder = (output as NSString).deletingLastPathComponent
        do {
            let pdf = try renderer.pdf(rendering)
            do {
                try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            } catch {
                throw LetterheadError("\(folder): cannot create the folder (\((error as NSError).localizedDescription))")
            }
            guard try control.write(output, { try AtomicFile.write(pdf, to: URL(fileURLWithPath: output)) }) else {
                return false
            }
            row.status = .ok
            row.pages = rendering.pages.count
            row.bytes = pdf.count
        } catch {
            row.diagnostics.append("\(error)")
        }
        return true
    }

    /// The bytes of a file, or why it cannot be read (`a.md: cannot read the file (No such file or directory)`).
    static func contents(of path: String) -> Result<Data, LetterheadError> {
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else {
            return .failure(LetterheadError("\(path): cannot read the file (\(String(cString: strerror(errno))))"))
        }
        let handle = FileHandle(fileDescriptor: descriptor, closeOnDealloc: true)
        do {
            return .success(try handle.readToEnd() ?? Data())
        } catch {
            return .failure(LetterheadError("\(path): cannot read the file (\((error as NSError).localizedDescription))"))
        }
    }

    /// Diagnostics of a document read alone from one manifest line, placed on that line of the manifest.
    static func onManifestLine(_ rendering: Rendering, manifest: String, line: Int) -> Rendering {
        var rendering = rendering
        for index in rendering.diagnostics.indices where rendering.diagnostics[index].location.file == manifest {
            rendering.diagnostics[index].location.line += line - 1
        }
        return rendering
    }
}
