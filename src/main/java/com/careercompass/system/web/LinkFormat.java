package com.careercompass.system.web;

import java.util.Set;

/**
 * A documented link format whose parameter names depend on data: the quiz's answers (one
 * per question), the skills check's ticks, the plan's. A handler that reads such a link
 * as a whole names the bean that knows it ({@link ReadsQuery#formats()}); the names are
 * read at the first request, once.
 */
public interface LinkFormat {

	/**
	 * The parameter names a link of this format carries.
	 * @return the names
	 */
	Set<String> parameterNames();

}
