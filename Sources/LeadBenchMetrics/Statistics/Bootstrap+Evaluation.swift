import Dispatch
import LeadBenchData

extension Bootstrap {
    /// Every statistic on every resample: `values[b][s]` is statistic `s` on resample `b`.
    ///
    /// With `parallelism` k > 1 the resamples are cut into k contiguous blocks, evaluated on k threads;
    /// each resample depends only on `(seed, b)` and each thread writes only its block's slots, so the
    /// result is identical for every k.
    func evaluate(_ design: ResamplingDesign, form: ResampleForm, statistics: [ResampleStatistic]) -> [[Double?]] {
        evaluate(design, form: form, together: { resample in statistics.map { $0(resample) } })
    }

    /// `together` on every resample: `values[b]` is its values on resample `b`, on threads as above.
    func evaluate(_ design: ResamplingDesign, form: ResampleForm, together: @escaping ResampleStatistics) -> [[Double?]] {
        let generator = ResampleGenerator(design: design, seed: seed)
        let workers = min(parallelism, resamples)
        let blockSize = (resamples + workers - 1) / workers
        var values = [[Double?]](repeating: [], count: resamples)
        values.withUnsafeMutableBufferPointer { slots in
            let output = SharedSlots(slots)
            let run: @Sendable (Int) -> Void = { worker in
                let range = (worker * blockSize)..<min(resamples, (worker + 1) * blockSize)
                var scratch: [Int] = []
                for b in range {
                    switch form {
                    case .indices: generator.indices(b, into: &scratch)
                    case .counts: generator.counts(b, into: &scratch)
                    }
                    output[b] = together(scratch)
                }
            }
            if workers == 1 {
                run(0)
            } else {
                DispatchQueue.concurrentPerform(iterations: workers, execute: run)
            }
        }
        return values
    }
}
