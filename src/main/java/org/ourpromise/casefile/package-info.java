/** The child's case file: the whole care record assembled from the features, its pages, the recording of events, and moving records in and out (SSDA903 import and export). */
@NullMarked
package org.ourpromise.casefile;

import org.jspecify.annotations.NullMarked;
