package dev.kabar.store;

import org.apache.jena.graph.Graph;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.sparql.core.DatasetGraphWrapperView;

/**
 * The in-memory dataset as queries see it: the default graph is the union of all named graphs, as TDB2's
 * unionDefaultGraph gives for a persistent store, so one query text serves both stores. It is marked as a
 * view because ARQ otherwise unwraps dataset wrappers and would query the plain (empty) default graph.
 */
final class UnionDefaultGraphView extends DatasetGraphWrapper implements DatasetGraphWrapperView {
    UnionDefaultGraphView(DatasetGraph dsg) {
        super(dsg);
    }

    @Override
    public Graph getDefaultGraph() {
        return getR().getUnionGraph();
    }
}
