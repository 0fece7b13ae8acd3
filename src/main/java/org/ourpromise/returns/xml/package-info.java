/**
 * The SSDA903 return as DfE's XML: the element layout of each collection year, the StAX writer and
 * reader, and the year's schema. Entry point: {@code returns.Ssda903Xml}.
 */
@NullMarked
package org.ourpromise.returns.xml;

import org.jspecify.annotations.NullMarked;
